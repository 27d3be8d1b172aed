/** What the input lacks, and the document as plain text (previews and tests). */
import { composeDocument, templateOf } from './compose.ts';
import { isIsoDate } from './document-number.ts';
import type { DocumentInput } from './documents.types.ts';
import { formatValue, isEmpty, principalNames } from './values.ts';

/**
 * Required values the input lacks: template fields by key (a group of which one is needed as
 * `a|b|c`), then `parties` when a party must be addressed and none is given, and `documentNumber`,
 * `caseTitle`, `authority` or `issuedOn` (YYYY-MM-DD) when empty or malformed.
 */
export function missingDocumentFields(input: DocumentInput): string[] {
  const template = templateOf(input);
  const byKey = new Map(template.fields.map((f) => [f.key, f]));
  const absent = (key: string) => formatValue(input.fields[key], byKey.get(key)) === null;
  const missing = template.fields.filter((f) => f.required && absent(f.key)).map((f) => f.key);
  for (const group of template.oneOf ?? []) {
    if (group.every(absent)) missing.push(group.join('|'));
  }
  const addressesParty = template.addressee === 'party' || template.addressee === 'parties';
  if (addressesParty && principalNames(input.parties).length === 0 && absent('addressee'))
    missing.push('parties');
  if (isEmpty(input.documentNumber)) missing.push('documentNumber');
  if (isEmpty(input.caseTitle)) missing.push('caseTitle');
  if (isEmpty(input.authority?.name)) missing.push('authority');
  if (!isIsoDate(input.issuedOn)) missing.push('issuedOn');
  return missing;
}

/**
 * The document as plain text: header, parties, body and seal, one paragraph a line. A missing
 * required value shows as ＿＿＿＿, so that a preview of a draft shows where it is incomplete.
 */
export function documentText(input: DocumentInput): string {
  const model = composeDocument(input);
  const body = model.body.map((line) => {
    if (line.kind === 'row') return `${line.label}：${line.value}`;
    if (line.kind === 'heading') return line.text;
    return line.indent ? `　　${line.text}` : line.text;
  });
  const parts = [
    [model.authority, model.title, model.number].join('\n'),
    model.parties.map((lines) => lines.join('\n')).join('\n'),
    body.join('\n'),
    [model.seal.authority, model.seal.date].join('\n'),
  ];
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
