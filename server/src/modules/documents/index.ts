/**
 * Official documents of case handling (执法与纠纷处理文书): declared templates rendered as A4 PDFs
 * in Chinese, their plain text, and document numbers. Pure functions; no database.
 */

export { documentTitle } from './compose.ts';
export { chineseDate, formatDocumentNumber } from './document-number.ts';
export { documentText, missingDocumentFields } from './document-text.ts';
export { DocumentFieldsMissingError, renderDocument } from './documents.pdf.ts';
export type {
  Block,
  DocumentInput,
  DocumentParty,
  DocumentTemplate,
  DocumentTemplateId,
  FieldValue,
  TemplateField,
} from './documents.types.ts';
export { DOCUMENT_TEMPLATE_IDS, DOCUMENT_TEMPLATES } from './templates.ts';
export { PARTY_ROLE_LABELS } from './values.ts';
