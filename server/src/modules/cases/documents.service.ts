/**
 * Documents a transition produces: each is numbered in the issuing organization's series, filled
 * from the case and the transition's form, rendered as a Chinese PDF, and kept as a case file
 * with its SM3 hash.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import {
  DOCUMENT_TEMPLATES,
  type DocumentInput,
  type DocumentTemplateId,
  documentTitle,
  missingDocumentFields,
  renderDocument,
} from '../documents/index.ts';
import { organizations } from '../org/index.ts';
import { regionNames } from '../region/index.ts';
import { type CaseRow, loadCaseParts } from './cases.repository.ts';
import { caseFiles } from './cases.tables.ts';
import { issueNumber } from './numbering.ts';

/** The 字 of each document series, e.g. 罚 for 行政处罚决定书. */
const DOCUMENT_KIND: Record<DocumentTemplateId, string> = {
  filing_approval: '知立',
  no_filing_notice: '不立',
  acceptance_notice: '受',
  rejection_notice: '不受',
  correction_notice: '补',
  defence_notice: '答',
  penalty_notice: '罚告',
  hearing_notice: '听',
  penalty_decision: '罚',
  no_penalty_decision: '不罚',
  transfer_letter: '移',
  assistance_letter: '协',
  supervision_notice: '督',
  suspension_notice: '中止',
  resumption_notice: '恢复',
  adjudication_decision: '裁',
  mediation_agreement: '调协',
  mediation_termination: '调终',
  closing_report: '结',
};

export interface GeneratedDocument {
  template: string;
  number: string;
  fileId: string;
}

function fieldValues(facts: Record<string, unknown>): DocumentInput['fields'] {
  const fields: DocumentInput['fields'] = {};
  for (const [key, value] of Object.entries(facts)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      fields[key] = value as string | number | boolean | null;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      fields[key] = value as string[];
    }
  }
  return fields;
}

/**
 * Values that belong to one step only (the reasons for a suspension, an opinion on filing): kept
 * in the facts for the record, but a later document takes them only from its own step's form.
 */
const STEP_VALUES = ['reasons', 'opinion'];

export function documentFields(facts: Record<string, unknown>, input: Record<string, unknown>) {
  const carried = Object.fromEntries(Object.entries(facts).filter(([key]) => !STEP_VALUES.includes(key)));
  return fieldValues({ ...carried, ...input });
}

export interface DocumentRequest {
  templates: readonly string[];
  input: Record<string, unknown>;
  today: string;
  /** The organization that issues the documents; the handling one unless said (督办 comes from above). */
  issuerOrgId?: string;
}

export async function generateDocuments(
  tx: Tx,
  context: ServiceContext,
  row: CaseRow,
  { templates, input, today, issuerOrgId = row.orgId }: DocumentRequest,
): Promise<GeneratedDocument[]> {
  if (templates.length === 0) return [];
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, issuerOrgId));
  const region = await regionNames(tx, [row.regionCode, org?.regionCode ?? row.regionCode]);
  const parts = await loadCaseParts(tx, row.id);
  const generated: GeneratedDocument[] = [];
  for (const template of templates as DocumentTemplateId[]) {
    const number = await issueNumber(
      tx,
      issuerOrgId,
      `doc:${template}`,
      DOCUMENT_KIND[template],
      Number(today.slice(0, 4)),
    );
    const document: DocumentInput = {
      template,
      documentNumber: number,
      caseNumber: row.caseNumber,
      caseTitle: row.title,
      authority: { name: org?.name ?? '', regionName: region.get(org?.regionCode ?? row.regionCode) ?? '' },
      issuedOn: today,
      parties: parts.parties.map((p) => ({
        role: p.role,
        name: p.name,
        uscc: p.uscc,
        idNumberMasked: p.idNumberMasked,
        address: p.address,
      })),
      rights: parts.rights.map((r) => ({
        type: r.rightType,
        number: r.number,
        title: (r.verification['right'] as { title?: string } | null)?.title ?? null,
        status: (r.verification['right'] as { status?: string } | null)?.status ?? null,
      })),
      fields: documentFields(row.facts, input),
    };
    const missing = missingDocumentFields(document);
    if (missing.length > 0) {
      throw new AppError(
        'CASE_FIELDS_INVALID',
        `${DOCUMENT_TEMPLATES[template].title}缺少：${missing.join('、')}`,
        missing.map((key) => ({ path: key, message: `生成${DOCUMENT_TEMPLATES[template].title}需要此项` })),
      );
    }
    const pdf = await renderDocument(document);
    const fileId = randomUUID();
    await tx.insert(caseFiles).values({
      id: fileId,
      caseId: row.id,
      category: 'document',
      name: `${documentTitle(document)}（${number}）.pdf`,
      mediaType: 'application/pdf',
      size: pdf.length,
      sm3: sm3Hex(pdf),
      content: pdf,
      template,
      documentNumber: number,
      uploadedBy: context.actor.id,
      uploadedByName: context.actor.name,
      createdAt: new Date(),
    });
    generated.push({ template, number, fileId });
  }
  return generated;
}
