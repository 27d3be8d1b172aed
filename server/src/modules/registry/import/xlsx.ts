/**
 * XLSX through exceljs' streaming reader: rows arrive one at a time, never the whole workbook.
 * The first row with two or more filled cells is the header (a title row above it is skipped); `line` is the worksheet row number the user
 * sees in Excel. Dates come as dates when the cell is date-formatted (styles are read for that).
 */
import ExcelJS from 'exceljs';
import type { CellValue, SourceRow } from './types.ts';

/** Rich text, formulas, hyperlinks and errors reduced to a plain value. */
export function plainCell(value: unknown): CellValue {
  if (value == null) return null;
  if (value instanceof Date || typeof value !== 'object') return value as CellValue;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
  if ('result' in v) return plainCell(v.result);
  if ('text' in v) return plainCell(v.text);
  return null;
}

function headerOf(values: unknown[]): string[] {
  const header: string[] = [];
  for (let i = 1; i < values.length; i++) {
    const text = plainCell(values[i]);
    header.push(text == null || String(text).trim() === '' ? `column_${i}` : String(text).trim());
  }
  return header;
}

/** Rows of one worksheet (the first, or the one named) by header name. */
export async function* readXlsx(path: string, sheetName?: string): AsyncGenerator<SourceRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    const worksheet = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
    if (sheetName && worksheet.name !== sheetName) {
      // The streaming reader hands out sheets in order: a skipped one must still be read through.
      for await (const _row of worksheet);
      continue;
    }
    let header: string[] | null = null;
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const filled = values.filter((v) => plainCell(v) != null && String(plainCell(v)).trim() !== '').length;
      if (filled === 0) continue;
      if (!header) {
        // A title row above the table (one merged cell) is not the header.
        if (filled >= 2) header = headerOf(values);
        continue;
      }
      const cells: SourceRow['cells'] = {};
      header.forEach((name, i) => {
        cells[name] = plainCell(values[i + 1]);
      });
      yield { line: row.number, cells };
    }
    return;
  }
  if (sheetName) throw new Error(`the workbook has no worksheet named ${sheetName}`);
}
