/**
 * Named hooks case types refer to in their rules: the effects that reach beyond the case's own
 * row (another organization, another case, the directories, the credit feed).
 */
import { and, eq } from 'drizzle-orm';
import { systemActor } from '../../platform/access/actor.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { recordFinalDecision } from '../credit/index.ts';
import { organizations } from '../org/index.ts';
import { appendCaseEvent, type CaseRow, loadCaseParts, type NewCaseRow } from './cases.repository.ts';
import { caseAssignments, experts } from './cases.tables.ts';
import type { DueCalculator } from './engine/deadlines.ts';

export type CaseHook = (
  tx: Tx,
  context: ServiceContext,
  before: CaseRow,
  after: CaseRow,
  calendar: DueCalculator,
) => Promise<{ notes?: Record<string, unknown>; patch?: Partial<NewCaseRow> }>;

/** A case moved to another organization (移送管辖): it leaves this organization's queues. */
const transferToOrg: CaseHook = async (tx, _context, before, after) => {
  const toOrgId = String(after.facts['toOrgId']);
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, toOrgId));
  if (!org || !['market_regulation', 'ip_administration'].includes(org.kind)) {
    throw new AppError('CASE_FIELDS_INVALID', undefined, [
      { path: 'toOrgId', message: '接收机关须为市场监管或知识产权管理部门' },
    ]);
  }
  if (org.id === before.orgId) {
    throw new AppError('CASE_FIELDS_INVALID', undefined, [{ path: 'toOrgId', message: '不能移送给本机关' }]);
  }
  return {
    patch: { orgId: org.id, regionCode: org.regionCode, assigneeId: null },
    notes: { transferredTo: org.name },
  };
};

/**
 * Final decisions that credit supervision records (信用监管): a penalty decision, or a party not
 * complying with an adjudication. They go on the case timeline as `credit_feed` events, which the
 * credit module reads.
 */
function creditFeed(kind: string): CaseHook {
  return async (tx, context, before, after) => {
    const parts = await loadCaseParts(tx, before.id);
    const role = String(after.facts['partyRole'] ?? 'respondent');
    const subjects = parts.parties.filter((p) => p.role === role);
    await appendCaseEvent(tx, {
      caseId: before.id,
      at: new Date(),
      kind: 'credit_feed',
      actorId: context.actor.id,
      actorName: context.actor.name,
      orgName: context.actor.org?.name ?? null,
      summary: kind === 'penalty' ? '行政处罚决定推送信用监管' : '不履行行政裁决推送信用监管',
      payload: {
        kind,
        caseNumber: before.caseNumber,
        subjects: subjects.map((p) => ({ name: p.name, uscc: p.uscc, kind: p.kind })),
        fine: after.facts['fine'] ?? null,
        detail: after.facts['noncompliance'] ?? after.facts['legalBasis'] ?? null,
      },
    });
    return { notes: { creditFeed: subjects.map((p) => p.name) } };
  };
}

async function assignExpert(
  tx: Tx,
  caseId: string,
  expertId: string,
  kind: string,
  role: string,
  path: string,
) {
  const [expert] = await tx
    .select()
    .from(experts)
    .where(and(eq(experts.id, expertId), eq(experts.kind, kind), eq(experts.active, true)));
  if (!expert) throw new AppError('CASE_FIELDS_INVALID', undefined, [{ path, message: '名录中没有该人员' }]);
  const parts = await loadCaseParts(tx, caseId);
  const conflict = parts.parties.find(
    (p) => expert.conflicts.includes(p.uscc ?? '') || expert.conflicts.includes(p.name),
  );
  if (conflict) {
    throw new AppError('CASE_FIELDS_INVALID', undefined, [
      { path, message: `${expert.name} 与当事人 ${conflict.name} 存在利益冲突，应当回避` },
    ]);
  }
  await tx
    .insert(caseAssignments)
    .values({ caseId, role, expertId, name: expert.name, assignedAt: new Date() });
  return expert.name;
}

const assignPanel: CaseHook = async (tx, _context, before, after) => {
  const members = String(after.facts['panelMembers'])
    .split(/[,，、]/)
    .map((m) => m.trim())
    .filter(Boolean);
  await tx
    .delete(caseAssignments)
    .where(and(eq(caseAssignments.caseId, before.id), eq(caseAssignments.role, 'panel')));
  await tx
    .insert(caseAssignments)
    .values(members.map((name) => ({ caseId: before.id, role: 'panel', name, assignedAt: new Date() })));
  const investigator = after.facts['technicalInvestigatorId'];
  const named = investigator
    ? await assignExpert(
        tx,
        before.id,
        String(investigator),
        'technical_investigator',
        'technical_investigator',
        'technicalInvestigatorId',
      )
    : null;
  return { notes: { panel: members, technicalInvestigator: named } };
};

const assignMediator: CaseHook = async (tx, _context, before, after) => {
  const name = await assignExpert(
    tx,
    before.id,
    String(after.facts['mediatorId']),
    'mediator',
    'mediator',
    'mediatorId',
  );
  return { notes: { mediator: name } };
};

export const SYSTEM_HANDOVER = systemActor('case-handover');

const SUBJECT_KIND: Record<string, 'enterprise' | 'agency' | 'person'> = {
  enterprise: 'enterprise',
  organization: 'enterprise',
  agent: 'agency',
  person: 'person',
};

/**
 * Final decisions become credit records (信用监管): a penalty decision once the case closes after
 * its execution, and a party's failure to comply with an adjudication when it is recorded.
 */
function creditRecord(category: 'penalty' | 'adjudication_noncompliance'): CaseHook {
  return async (tx, context, before, after, calendar) => {
    if (category === 'penalty' && after.facts['fine'] === undefined) return {};
    const role = String(after.facts['partyRole'] ?? 'respondent');
    const parties = (await loadCaseParts(tx, before.id)).parties.filter((p) => p.role === role);
    const ids: string[] = [];
    for (const party of parties) {
      if (party.kind !== 'person' && !party.uscc) continue;
      const record = await recordFinalDecision(tx, context, {
        sourceRef: `case:${before.id}:${category}:${party.id}`,
        category,
        subject: {
          kind: SUBJECT_KIND[party.kind] ?? 'enterprise',
          name: party.name,
          uscc: party.uscc,
          idNumberHash: party.idNumberHash,
          idNumberMasked: party.idNumberMasked,
          regionCode: before.regionCode,
        },
        summary:
          category === 'penalty'
            ? `${before.caseNumber ?? before.title}：罚款 ${String(after.facts['fine'])} 元（${String(after.facts['legalBasis'] ?? '')}）`
            : `${before.caseNumber ?? before.title}：${String(after.facts['noncompliance'] ?? '不履行行政裁决')}`,
        decidedOn: calendar.today(),
        fine: typeof after.facts['fine'] === 'number' ? after.facts['fine'] : null,
        regionCode: before.regionCode,
        orgId: before.orgId,
      });
      ids.push(record.id);
    }
    return { notes: { creditRecords: ids } };
  };
}

export const COMMON_HOOKS = {
  transfer_to_org: transferToOrg,
  penalty_decided: creditFeed('penalty'),
  record_noncompliance: creditFeed('adjudication_noncompliance'),
  noncompliance_record: creditRecord('adjudication_noncompliance'),
  penalty_final: creditRecord('penalty'),
  assign_panel: assignPanel,
  assign_mediator: assignMediator,
} satisfies Record<string, CaseHook>;
