/**
 * The document as an A4 PDF in Chinese: authority and title centered, the number right-aligned,
 * the parties, the body, the seal line (authority and date) at the bottom right, page numbers.
 * Fonts as in the certificate module: Noto Sans CJK SC from @embedpdf/fonts-sc, subset by pdfkit.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { composeDocument, type DocumentModel, type Line } from './compose.ts';
import { missingDocumentFields } from './document-text.ts';
import type { DocumentInput } from './documents.types.ts';

// Copied from certificate/pdf-layout.ts (not part of that module's public face): the font files of
// the npm package, read once. pdfkit embeds only the glyphs a document uses.
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
let fonts: { regular: Buffer; bold: Buffer } | null = null;

function cjkFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(join(FONT_DIR, 'NotoSansHans-Regular.otf')),
    bold: readFileSync(join(FONT_DIR, 'NotoSansHans-Bold.otf')),
  };
  return fonts;
}

const MARGIN = { top: 72, bottom: 72, left: 68, right: 68 };
const BODY_SIZE = 12;
const LINE_GAP = 5;
const LABEL_WIDTH = 120;
const INK = '#1f1f1f';

/** Raised when a document is rendered without its required values: an official PDF has no blanks. */
export class DocumentFieldsMissingError extends Error {
  constructor(readonly missing: string[]) {
    super(`document is missing required values: ${missing.join(', ')}`);
    this.name = 'DocumentFieldsMissingError';
  }
}

function newDocument(model: DocumentModel, input: DocumentInput): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${model.title} ${model.number}`,
      Subject: input.caseTitle,
      Author: model.authority,
      Creator: '知识产权保护信息平台',
      Keywords: [input.template, input.caseNumber].filter(Boolean).join(' '),
      // The issue date, not the render time, so that the same input gives the same document.
      CreationDate: new Date(`${input.issuedOn}T00:00:00+08:00`),
    },
  });
  const { regular, bold } = cjkFonts();
  doc.registerFont('cjk', regular);
  doc.registerFont('cjk-bold', bold);
  doc.fillColor(INK);
  return doc;
}

const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - MARGIN.left - MARGIN.right;

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
}

function header(doc: PDFKit.PDFDocument, model: DocumentModel): void {
  const width = contentWidth(doc);
  doc
    .font('cjk-bold')
    .fontSize(16)
    .text(model.authority, MARGIN.left, MARGIN.top, { width, align: 'center' });
  doc.moveDown(0.3);
  doc.font('cjk-bold').fontSize(22).text(model.title, { width, align: 'center' });
  doc.moveDown(0.4);
  doc.font('cjk').fontSize(11).text(model.number, { width, align: 'right' });
  doc.moveDown(0.8);
}

function parties(doc: PDFKit.PDFDocument, model: DocumentModel): void {
  const width = contentWidth(doc);
  for (const lines of model.parties) {
    doc.font('cjk').fontSize(BODY_SIZE);
    for (const line of lines) doc.text(line, MARGIN.left, doc.y, { width, lineGap: LINE_GAP });
    doc.moveDown(0.3);
  }
  if (model.parties.length > 0) doc.moveDown(0.4);
}

/** A label and its value side by side, the value wrapping in its own column. */
function row(doc: PDFKit.PDFDocument, label: string, value: string): void {
  ensureRoom(doc, 40);
  const y = doc.y;
  const page = doc.page;
  const valueX = MARGIN.left + LABEL_WIDTH;
  doc
    .font('cjk-bold')
    .fontSize(BODY_SIZE)
    .text(`${label}：`, MARGIN.left, y, { width: LABEL_WIDTH - 6 });
  const labelBottom = doc.y;
  doc
    .font('cjk')
    .fontSize(BODY_SIZE)
    .text(value || ' ', valueX, y, { width: contentWidth(doc) - LABEL_WIDTH, lineGap: LINE_GAP });
  // A value that ran onto a new page has left the label behind; continue below the value.
  doc.y = (doc.page === page ? Math.max(labelBottom, doc.y) : doc.y) + 4;
}

function bodyLine(doc: PDFKit.PDFDocument, line: Line): void {
  const width = contentWidth(doc);
  if (line.kind === 'row') {
    row(doc, line.label, line.value);
    return;
  }
  if (line.kind === 'heading') {
    ensureRoom(doc, 60);
    doc.moveDown(0.3);
    doc.font('cjk-bold').fontSize(BODY_SIZE).text(line.text, MARGIN.left, doc.y, { width });
    doc.moveDown(0.2);
    return;
  }
  doc
    .font('cjk')
    .fontSize(BODY_SIZE)
    .text(line.text, MARGIN.left, doc.y, {
      width,
      lineGap: LINE_GAP,
      indent: line.indent ? 2 * BODY_SIZE : 0,
      align: 'justify',
    });
  doc.moveDown(0.25);
}

function seal(doc: PDFKit.PDFDocument, model: DocumentModel): void {
  ensureRoom(doc, 110);
  doc.moveDown(2);
  const width = 240;
  const x = doc.page.width - MARGIN.right - width;
  doc.font('cjk').fontSize(BODY_SIZE).text(model.seal.authority, x, doc.y, { width, align: 'center' });
  doc.moveDown(0.3);
  doc.text(model.seal.date, x, doc.y, { width, align: 'center' });
}

/** — 1 — at the foot of each page, written after the content so that the count is known. */
function pageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('cjk')
      .fontSize(10)
      .text(`— ${i + 1} —`, MARGIN.left, doc.page.height - MARGIN.bottom / 2 - 6, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = MARGIN.bottom;
  }
}

/** The PDF bytes; throws DocumentFieldsMissingError when a required value is missing. */
export async function renderDocument(input: DocumentInput): Promise<Buffer> {
  const missing = missingDocumentFields(input);
  if (missing.length > 0) throw new DocumentFieldsMissingError(missing);
  const model = composeDocument(input);
  const doc = newDocument(model, input);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  header(doc, model);
  parties(doc, model);
  for (const line of model.body) bodyLine(doc, line);
  seal(doc, model);
  pageNumbers(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
