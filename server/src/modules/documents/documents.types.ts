/** The input of a document and the shape of a template declaration. */

export type DocumentTemplateId =
  | 'filing_approval'
  | 'no_filing_notice'
  | 'acceptance_notice'
  | 'rejection_notice'
  | 'correction_notice'
  | 'defence_notice'
  | 'penalty_notice'
  | 'hearing_notice'
  | 'penalty_decision'
  | 'no_penalty_decision'
  | 'transfer_letter'
  | 'assistance_letter'
  | 'supervision_notice'
  | 'suspension_notice'
  | 'resumption_notice'
  | 'adjudication_decision'
  | 'mediation_agreement'
  | 'mediation_termination'
  | 'closing_report';

export interface DocumentParty {
  /**
   * A role code of the case engine (respondent, requester, applicant, complainant, agent, …; see
   * PARTY_ROLE_LABELS) or a Chinese label, printed as given. respondent prints as 被请求人 beside a
   * requester, 被申请人 beside an applicant, else 当事人.
   */
  role: string;
  name: string;
  uscc?: string | null;
  /** Only this masked form is printed; an unmasked number is masked before printing. */
  idNumberMasked?: string | null;
  address?: string | null;
  representative?: string | null;
}

export type FieldValue = string | number | boolean | null | undefined | string[];

export interface DocumentInput {
  template: DocumentTemplateId;
  documentNumber: string;
  caseNumber: string | null;
  caseTitle: string;
  authority: { name: string; regionName?: string };
  /** YYYY-MM-DD, printed as 2026年3月5日. */
  issuedOn: string;
  parties: DocumentParty[];
  rights?: { type: string; number: string; title?: string | null; status?: string | null }[];
  /**
   * Template-specific values (DOCUMENT_TEMPLATES[id].fields): facts, reasons, legal basis, amounts,
   * dates (YYYY-MM-DD, or with HH:mm), deadlines. Keys a template does not declare are ignored, so
   * the case's facts can be passed whole. `addressee` names the addressed party when it is not the
   * one the template would pick.
   */
  fields: Record<string, FieldValue>;
}

export interface TemplateField {
  key: string;
  label: string;
  required: boolean;
  /** money: a number of yuan, printed as 人民币50,000元 (0 counts as no value). */
  format?: 'money';
  /** Labels of coded values (the case engine's enums); a value not listed is printed as given. */
  options?: Readonly<Record<string, string>>;
  /** Printed when the field has no value; may name built-in values only ({issuedOn}). */
  fallback?: string;
}

/**
 * Field keys that must all hold for a block to be shown: `key` has a value (false counts as none),
 * `key=value` has that value.
 */
export type Condition = string | string[];

/**
 * A block of the body. Text may name fields and the built-in values as {key}; a block naming an
 * optional field that has no value is left out, so optional sentences need no extra condition.
 */
export type Block =
  | { kind: 'paragraph'; text: string; when?: Condition; unless?: Condition; indent?: false }
  | { kind: 'heading'; text: string; when?: Condition; unless?: Condition }
  /**
   * Numbered items (1. or 一、) after an optional lead-in: the lines of field `key` (a list, or
   * text one item a line), then the declared items that hold.
   */
  | {
      kind: 'list';
      key?: string;
      items?: { text: string; when?: Condition; unless?: Condition }[];
      intro?: string;
      numbering?: 'arabic' | 'chinese';
    }
  /** Form rows (approval tables); a blank row is printed empty, left for a handwritten opinion. */
  | { kind: 'rows'; rows: { label: string; value: string; blank?: boolean }[] }
  /** The rights named in the case (input.rights), if any. */
  | { kind: 'rights' }
  /** A signature line per party, then the given extra lines (mediator, …). */
  | { kind: 'signatures'; extra?: { label: string; value: string }[] };

export interface DocumentTemplate {
  title: string;
  titleEn: string;
  /** Another title when a condition holds (听证通知书 → 口头审理通知书). */
  altTitle?: { when: string; title: string; titleEn: string };
  /**
   * Who the body is addressed to: one party (fields.addressee, else the first party whose role is
   * in addresseeRoles, else the first party), all parties, or fields.recipient (another authority).
   */
  addressee?: 'party' | 'parties' | 'recipient';
  addresseeRoles?: string[];
  fields: TemplateField[];
  /** Groups of fields of which at least one must have a value (the penalty: fine, confiscation, …). */
  oneOf?: string[][];
  body: Block[];
}
