/**
 * The search table's row of each right the writer stores (rightSearch in registry.tables.ts,
 * ADR 0013): the text index's vector and copies of the columns search filters, counts and orders
 * by, written in the same transaction as the right itself.
 */
import { type SQL, sql } from 'drizzle-orm';
import { rightSearch } from './registry.tables.ts';
import { type ColumnValues, fromExcluded, insertRows } from './rights.sql.ts';
import { filingLexemes, searchVectorLiteral } from './search-text.ts';

export interface SearchRow {
  rightId: string;
  type: string;
  statusBase: string;
  expiryDate: string | null;
  regionCode: string | null;
  classMain: string | null;
  filingDate: string | null;
  searchVector: string;
}

/**
 * The vector of a right: title (weight A), holder names (B) and numbers (C), as bigrams, and its
 * filing year and month as lexemes without positions (filingLexemes).
 */
export function rightVector(
  title: string,
  holderNames: string,
  numbers: string[],
  filingDate: string | null,
): string {
  return searchVectorLiteral(
    [
      { text: title, weight: 'A' },
      { text: holderNames, weight: 'B' },
      { text: numbers.join(' '), weight: 'C' },
    ],
    filingLexemes(filingDate),
  );
}

/** The search row of a right as the writer stores it, with every number it is known by. */
export function searchRowOf(
  right: Omit<SearchRow, 'rightId' | 'searchVector'> & { id: string; title: string; holderNames: string },
  numbers: string[],
): SearchRow {
  return {
    rightId: right.id,
    type: right.type,
    statusBase: right.statusBase,
    expiryDate: right.expiryDate,
    regionCode: right.regionCode,
    classMain: right.classMain,
    filingDate: right.filingDate,
    searchVector: rightVector(right.title, right.holderNames, numbers, right.filingDate),
  };
}

const s = rightSearch;
const COLUMNS: ColumnValues<SearchRow> = [
  [s.rightId, (r) => r.rightId],
  [s.type, (r) => r.type],
  [s.statusBase, (r) => r.statusBase],
  [s.expiryDate, (r) => r.expiryDate],
  [s.regionCode, (r) => r.regionCode],
  [s.classMain, (r) => r.classMain],
  [s.filingDate, (r) => r.filingDate],
  [s.searchVector, (r) => r.searchVector],
];

/**
 * One statement writing the rows; `replacing` when some rights existed before, whose rows are
 * then replaced in place (a new right's row is a plain insert).
 */
export function searchRowsSql(rows: SearchRow[], replacing: boolean): SQL {
  const replaced = COLUMNS.slice(1).map(([column]) => column);
  return insertRows(
    rightSearch,
    COLUMNS,
    rows,
    replacing ? sql`on conflict (right_id) do update set ${fromExcluded(replaced)}` : undefined,
  );
}
