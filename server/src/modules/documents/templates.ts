/** The table of templates: every document the case engine issues, declared, not coded. */
import type { DocumentTemplate, DocumentTemplateId } from './documents.types.ts';
import { DISPUTE_TEMPLATES } from './templates.disputes.ts';
import { ENFORCEMENT_TEMPLATES } from './templates.enforcement.ts';
import { PROCEDURE_TEMPLATES } from './templates.procedure.ts';

/** Keys the renderer fills from the input itself; a template's own fields may not reuse them. */
export const BUILT_IN_KEYS = [
  'authority',
  'caseTitle',
  'caseNumber',
  'caseRef',
  'issuedOn',
  'documentNumber',
  'addressee',
  'partyNames',
  'counterparties',
] as const;

// Typed as a full Record so that a template id without a declaration fails the typecheck.
export const DOCUMENT_TEMPLATES: Readonly<Record<DocumentTemplateId, DocumentTemplate>> = {
  ...ENFORCEMENT_TEMPLATES,
  ...DISPUTE_TEMPLATES,
  ...PROCEDURE_TEMPLATES,
};

export const DOCUMENT_TEMPLATE_IDS = Object.keys(DOCUMENT_TEMPLATES) as DocumentTemplateId[];
