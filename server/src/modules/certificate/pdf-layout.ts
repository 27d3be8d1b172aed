/** Layout helpers for the certificate PDF: fonts from npm, headings, label–value rows, wording. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type HolderMatch, RIGHT_STATUS_LABELS, type RightHolderDto, type RightStatus } from '@ipp/shared';

// Noto Sans CJK (Simplified Chinese, ~30,800 characters), SIL OFL 1.1, shipped by the npm package
// @embedpdf/fonts-sc as OpenType files. pdfkit embeds only the glyphs a document uses.
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
let fonts: { regular: Buffer; bold: Buffer } | null = null;

export function cjkFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(join(FONT_DIR, 'NotoSansHans-Regular.otf')),
    bold: readFileSync(join(FONT_DIR, 'NotoSansHans-Bold.otf')),
  };
  return fonts;
}

export const MARGIN = 56;
const LABEL_WIDTH = 104;
const INK = '#1f1f1f';
const MUTED = '#595959';

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureRoom(doc, 60);
  doc.moveDown(0.35);
  const y = doc.y;
  doc.font('cjk-bold').fontSize(12.5).fillColor(INK).text(text, MARGIN, y);
  const lineY = doc.y + 2;
  doc
    .moveTo(MARGIN, lineY)
    .lineTo(doc.page.width - MARGIN, lineY)
    .lineWidth(0.5)
    .strokeColor('#bfbfbf')
    .stroke();
  doc.y = lineY + 5;
}

/** A label and its value side by side; the value wraps in its column. */
export function row(
  doc: PDFKit.PDFDocument,
  label: string,
  value: string,
  options: { font?: string; size?: number; width?: number } = {},
): void {
  ensureRoom(doc, 30);
  const y = doc.y;
  const valueX = MARGIN + LABEL_WIDTH;
  const width = options.width ?? doc.page.width - MARGIN - valueX;
  doc
    .font('cjk')
    .fontSize(10)
    .fillColor(MUTED)
    .text(label, MARGIN, y, { width: LABEL_WIDTH - 8 });
  const labelBottom = doc.y;
  doc
    .font(options.font ?? 'cjk')
    .fontSize(options.size ?? 10)
    .fillColor(INK)
    .text(value, valueX, y, { width, lineGap: 1 });
  doc.y = Math.max(labelBottom, doc.y) + 2.5;
}

export function statusLabel(status: RightStatus): string {
  return RIGHT_STATUS_LABELS[status]?.zh ?? status;
}

const MATCH_LABELS: Record<HolderMatch['result'], string> = {
  exact: '一致',
  normalized: '一致（名称规范化后）',
  none: '不一致',
};

export function holderMatchLabel(match: HolderMatch | null): string {
  if (!match) return '未核验（未提供声称权利人）';
  const label = MATCH_LABELS[match.result];
  return match.matchedHolder && match.result !== 'none' ? `${label}：${match.matchedHolder}` : label;
}

export function holdersText(holders: RightHolderDto[]): string {
  if (holders.length === 0) return '无';
  return holders.map((h) => (h.uscc ? `${h.name}（统一社会信用代码 ${h.uscc}）` : h.name)).join('\n');
}

const BEIJING = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An ISO timestamp in Beijing time; a bare date stays as it is. */
export function beijingTime(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${BEIJING.format(date)}（北京时间）`;
}

export function yesNo(value: boolean): string {
  return value ? '是' : '否';
}
