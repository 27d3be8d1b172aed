/**
 * Opening a case: the intake form (declared per case type), its parties and the rights it names,
 * each right checked against the registry with the answer kept. The case starts in the type's
 * initial state with that state's deadlines running.
 */
import { randomUUID } from 'node:crypto';
import type { CaseDetailDto, RightType } from '@ipp/shared';
import { eq } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { isRegionInScope } from '../../platform/access/scope.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError, type FieldError } from '../../platform/http/error-catalog.ts';
import { checkSubject } from '../credit/index.ts';
import { organizations } from '../org/index.ts';
import { verifyRight } from '../registry/index.ts';
import { dueCalculator } from './calendar.adapter.ts';
import { caseDetail, caseView } from './case-detail.ts';
import { caseRules } from './case-types.ts';
import { appendCaseEvent, type CaseRow, insertCase, loadCaseParts } from './cases.repository.ts';
import { caseDeadlines, caseParties, caseRights } from './cases.tables.ts';
import { applicableDeadlines, type DueCalculator, newDeadline } from './engine/deadlines.ts';
import { validateFields } from './engine/engine.ts';
import { withIdempotency } from './idempotency.ts';
import { type PartyInput, partyErrors, partyRow } from './parties.ts';

export interface IntakeInput {
  title: string;
  facts: Record<string, unknown>;
  parties: PartyInput[];
  rights?: { rightType: RightType; number: string }[];
  orgId?: string;
  actDate?: string;
  parentCaseId?: string;
}

export async function openCase(
  context: ServiceContext,
  caseType: string,
  input: IntakeInput,
  idempotencyKey: string | null,
): Promise<CaseDetailDto> {
  const rules = caseRules(caseType);
  assertPermission(context.actor, rules.intakePermission);
  return withIdempotency(context, idempotencyKey, { caseType, ...input }, async (tx) => {
    const calendar = await dueCalculator(tx);
    const row = await insertNewCase(tx, context, caseType, input, calendar);
    return caseDetail(tx, row, context.actor, calendar);
  });
}

function intakeErrors(caseType: string, input: IntakeInput): FieldError[] {
  const rules = caseRules(caseType);
  const errors = validateFields(rules.intakeFields, input.facts, 'facts/');
  if (!input.title?.trim()) errors.push({ path: 'title', message: '案件名称不能为空 (title is required)' });
  for (const [i, p] of input.parties.entries()) errors.push(...partyErrors(p, `parties/${i}`));
  return errors;
}

async function handlingOrg(tx: Tx, context: ServiceContext, caseType: string, orgId: string | undefined) {
  const rules = caseRules(caseType);
  const id = orgId ?? context.actor.org?.id;
  if (!id) throw new AppError('CASE_NO_HANDLING_ORG', 'Name the organization that handles the case (orgId).');
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, id));
  if (!org || !isRegionInScope(context.actor.scope, org.regionCode)) {
    throw new AppError('CASE_NO_HANDLING_ORG', `Organization ${id} is not in your jurisdiction.`);
  }
  if (!rules.handlingOrgKinds.includes(org.kind)) {
    throw new AppError(
      'CASE_NO_HANDLING_ORG',
      `${org.name} (${org.kind}) does not handle ${caseType} cases.`,
    );
  }
  return org;
}

/** Inserts the case with its parties, rights and first clocks; used by intake and by hand-overs. */
export async function insertNewCase(
  tx: Tx,
  context: ServiceContext,
  caseType: string,
  input: IntakeInput,
  calendar: DueCalculator,
): Promise<CaseRow> {
  const rules = caseRules(caseType);
  const errors = intakeErrors(caseType, input);
  if (errors.length > 0) throw new AppError('CASE_FIELDS_INVALID', undefined, errors);
  const org = await handlingOrg(tx, context, caseType, input.orgId);
  const now = new Date();
  const today = calendar.today();
  const row: CaseRow = {
    id: randomUUID(),
    caseType,
    caseNumber: null,
    title: input.title.trim(),
    state: rules.initial,
    procedure: null,
    procedureReason: null,
    regionCode: org.regionCode,
    orgId: org.id,
    assigneeId: context.actor.type === 'user' && context.actor.org?.id === org.id ? context.actor.id : null,
    facts: input.facts,
    actDate:
      input.actDate ?? (typeof input.facts['receivedOn'] === 'string' ? input.facts['receivedOn'] : today),
    parentCaseId: input.parentCaseId ?? null,
    supervised: false,
    version: 1,
    openedAt: now,
    stateEnteredAt: now,
    closedAt: null,
    updatedAt: now,
  };
  await insertCase(tx, row);
  if (input.parties.length > 0)
    await tx.insert(caseParties).values(input.parties.map((p) => partyRow(row.id, p)));
  for (const right of input.rights ?? []) await linkRightTo(tx, row.id, right.rightType, right.number);
  const parts = await loadCaseParts(tx, row.id);
  const creditChecks = rules.intakeChecks?.includes('credit') ? await creditCheckOf(tx, parts.parties) : null;
  const view = caseView(row, parts);
  const clocks = applicableDeadlines(rules, rules.states[row.state]?.deadlines ?? [], view);
  if (clocks.length > 0) {
    await tx
      .insert(caseDeadlines)
      .values(clocks.map((d) => newDeadline(d, view, row.id, row.state, today, calendar)));
  }
  await appendCaseEvent(tx, {
    caseId: row.id,
    at: now,
    kind: 'intake',
    toState: row.state,
    actorId: context.actor.id,
    actorName: context.actor.name,
    orgName: context.actor.org?.name ?? null,
    summary: `登记${rules.label.zh}案件：${row.title}`,
    payload: { facts: input.facts, parentCaseId: row.parentCaseId, creditChecks },
  });
  if (creditChecks?.some((c) => c.listed)) {
    await appendCaseEvent(tx, {
      caseId: row.id,
      at: now,
      kind: 'credit_warning',
      actorName: '信用核查',
      summary: `当事人在严重违法失信名单中：${creditChecks
        .filter((c) => c.listed)
        .map((c) => `${c.party}（${c.measures.join('；') || '无适用措施'}）`)
        .join('，')}`,
      payload: { creditChecks },
    });
  }
  await appendAudit(tx, auditContext(context), {
    action: `cases.${caseType}.open`,
    targetType: 'case',
    targetId: row.id,
    regionCode: row.regionCode,
    detail: { orgId: org.id, parties: input.parties.length, rights: input.rights?.length ?? 0 },
  });
  return row;
}

/** The credit check of each party with a USCC, through the credit module's public face. */
async function creditCheckOf(tx: Tx, parties: { name: string; uscc: string | null }[]) {
  const checks = [];
  for (const party of parties.filter((p) => p.uscc)) {
    const answer = await checkSubject(tx, party.uscc as string);
    const subject = answer.subjects[0];
    checks.push({
      party: party.name,
      uscc: party.uscc,
      listed: subject?.listed ?? false,
      recordsInPublicity: subject?.recordsInPublicity.length ?? 0,
      rating: subject?.rating?.grade ?? null,
      measures: (subject?.measures ?? []).map((m) => m.measure),
    });
  }
  return checks;
}

/** Links a right after checking it in the registry; the answer is kept as it was then. */
export async function linkRightTo(tx: Tx, caseId: string, rightType: RightType, number: string) {
  const verification = await verifyRight(tx, { type: rightType, number });
  const row = {
    id: randomUUID(),
    caseId,
    rightType,
    number: verification.right?.number ?? number.trim(),
    rightId: verification.right?.id ?? null,
    verification: verification as unknown as Record<string, unknown>,
    checkedAt: new Date(),
  };
  await tx.insert(caseRights).values(row);
  return row;
}
