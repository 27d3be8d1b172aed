/** Assembles what the API answers about a case: its view for the rules, its summary and detail. */
import type { CaseDetailDto, CaseSummaryDto } from '@ipp/shared';
import type { Actor } from '../../platform/access/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import { regionNames } from '../region/index.ts';
import { caseRules } from './case-types.ts';
import {
  type CaseParts,
  type CaseRow,
  loadAssistanceOfCase,
  loadCaseParts,
  loadSupervision,
} from './cases.repository.ts';
import { type DueCalculator, ruleEnv } from './engine/deadlines.ts';
import { availableActions } from './engine/engine.ts';
import type { CaseView } from './engine/rules.ts';
import { namesOfOrgs, namesOfUsers } from './names.ts';

export function caseView(row: CaseRow, parts: Pick<CaseParts, 'parties' | 'rights' | 'files'>): CaseView {
  return {
    caseType: row.caseType as CaseView['caseType'],
    state: row.state,
    procedure: row.procedure,
    facts: row.facts,
    actDate: row.actDate,
    parties: parts.parties.map((p) => ({ role: p.role, kind: p.kind, name: p.name, uscc: p.uscc })),
    rights: parts.rights.map((r) => ({
      rightType: r.rightType,
      number: r.number,
      verification: r.verification,
    })),
    evidenceCount: parts.files.filter((f) => f.category === 'evidence').length,
  };
}

export function stateLabel(row: Pick<CaseRow, 'caseType' | 'state'>) {
  const rules = caseRules(row.caseType);
  return rules.states[row.state]?.label ?? { zh: row.state, en: row.state };
}

export function summaryOf(
  row: CaseRow,
  names: { org: Map<string, string>; region: Map<string, string>; user: Map<string, string> },
  nextDueOn: string | null,
  today: string,
): CaseSummaryDto {
  return {
    id: row.id,
    caseType: row.caseType as CaseSummaryDto['caseType'],
    caseNumber: row.caseNumber,
    title: row.title,
    state: row.state,
    stateLabel: stateLabel(row),
    procedure: row.procedure,
    regionCode: row.regionCode,
    regionName: names.region.get(row.regionCode) ?? null,
    orgId: row.orgId,
    orgName: names.org.get(row.orgId) ?? '',
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeId ? (names.user.get(row.assigneeId) ?? null) : null,
    supervised: row.supervised,
    nextDueOn,
    overdue: nextDueOn !== null && nextDueOn < today,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export async function caseDetail(
  db: Executor,
  row: CaseRow,
  actor: Actor,
  calendar: DueCalculator,
): Promise<CaseDetailDto> {
  const today = calendar.today();
  const parts = await loadCaseParts(db, row.id);
  const [supervision, assistance] = await Promise.all([
    loadSupervision(db, row.id),
    loadAssistanceOfCase(db, row.id),
  ]);
  const orgIds = [row.orgId, ...assistance.flatMap((a) => [a.fromOrgId, a.toOrgId])];
  if (supervision) orgIds.push(supervision.supervision.supervisorOrgId);
  const [org, region, user] = await Promise.all([
    namesOfOrgs(db, orgIds),
    regionNames(db, [row.regionCode]),
    namesOfUsers(db, row.assigneeId ? [row.assigneeId] : []),
  ]);
  const open = parts.deadlines
    .filter((d) => d.status === 'open')
    .map((d) => d.dueOn)
    .sort();
  const view = caseView(row, parts);
  const rules = caseRules(row.caseType);
  return {
    ...summaryOf(row, { org, region, user }, open[0] ?? null, today),
    procedureReason: row.procedureReason,
    facts: row.facts,
    actDate: row.actDate,
    parentCaseId: row.parentCaseId,
    parties: parts.parties.map((p) => ({
      id: p.id,
      role: p.role,
      kind: p.kind as CaseDetailDto['parties'][number]['kind'],
      name: p.name,
      uscc: p.uscc,
      idNumberMasked: p.idNumberMasked,
      contact: p.contact,
      address: p.address,
    })),
    rights: parts.rights.map((r) => ({ ...r, checkedAt: r.checkedAt.toISOString() })),
    deadlines: parts.deadlines.map((d) => ({
      id: d.id,
      ruleId: d.ruleId,
      label: d.label,
      amount: d.amount,
      unit: d.unit as 'working_days',
      basis: d.basis,
      startsOn: d.startsOn,
      dueOn: d.dueOn,
      onExpiry: d.onExpiry,
      status: d.status as 'open',
      calendarComplete: d.calendarComplete,
    })),
    events: parts.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    files: parts.files.map((f) => ({
      ...f,
      category: f.category as 'evidence',
      createdAt: f.createdAt.toISOString(),
    })),
    notes: parts.notes.map((n) => ({
      id: n.id,
      text: n.text,
      authorName: n.authorName,
      createdAt: n.createdAt.toISOString(),
    })),
    assignments: parts.assignments.map((a) => ({
      role: a.role,
      name: a.name,
      expertId: a.expertId,
      assignedAt: a.assignedAt.toISOString(),
    })),
    actions: availableActions(rules, view, actor, row, ruleEnv(calendar)),
    supervision: supervision
      ? {
          id: supervision.supervision.id,
          caseId: row.id,
          supervisorOrgName: org.get(supervision.supervision.supervisorOrgId) ?? '',
          reason: supervision.supervision.reason,
          reportEveryDays: supervision.supervision.reportEveryDays,
          status: supervision.supervision.status as 'active',
          openedAt: supervision.supervision.openedAt.toISOString(),
          reports: supervision.reports.map((r) => ({
            id: r.id,
            dueOn: r.dueOn,
            status: r.status as 'due',
            content: r.content,
            submittedAt: r.submittedAt?.toISOString() ?? null,
          })),
        }
      : null,
    assistance: assistance.map((a) => ({
      id: a.id,
      caseId: a.caseId,
      caseNumber: row.caseNumber,
      fromOrgName: org.get(a.fromOrgId) ?? '',
      toOrgName: org.get(a.toOrgId) ?? '',
      subject: a.subject,
      request: a.request,
      dueOn: a.dueOn,
      basis: a.basis,
      status: a.status as 'open',
      answer: a.answer,
      answeredAt: a.answeredAt?.toISOString() ?? null,
    })),
  };
}
