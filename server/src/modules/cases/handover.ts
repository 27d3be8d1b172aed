/**
 * Hand-overs between case types: an adjudication opens a mediation case (调解 inside 裁决) and
 * waits; when the mediation ends, the adjudication is closed as settled or resumes. A mediation
 * that fails may go on to adjudication with its file.
 */
import type { RightType } from '@ipp/shared';
import { eq } from 'drizzle-orm';
import { systemActor } from '../../platform/access/actor.ts';
import { type CaseRow, findCaseInScope, loadCaseParts } from './cases.repository.ts';
import { caseFiles } from './cases.tables.ts';
import type { CaseHook } from './hooks.ts';
import { insertNewCase } from './intake.service.ts';
import { applyTransition } from './transition.service.ts';

const PARTY_ROLE_IN_MEDIATION: Record<string, string> = {
  requester: 'applicant',
  complainant: 'applicant',
  respondent: 'respondent',
  agent: 'agent',
};
const PARTY_ROLE_IN_ADJUDICATION: Record<string, string> = {
  applicant: 'requester',
  respondent: 'respondent',
  agent: 'agent',
};

async function partiesAndRights(tx: Parameters<CaseHook>[0], caseId: string, roles: Record<string, string>) {
  const parts = await loadCaseParts(tx, caseId);
  return {
    parties: parts.parties.map((p) => ({
      role: roles[p.role] ?? p.role,
      kind: p.kind as 'enterprise',
      name: p.name,
      uscc: p.uscc,
      contact: p.contact,
      address: p.address,
    })),
    rights: parts.rights.map((r) => ({ rightType: r.rightType as RightType, number: r.number })),
  };
}

/** What the mediation is about, by the case it comes from. */
function mediationFacts(before: CaseRow) {
  if (before.caseType === 'enforcement') {
    return {
      title: `${before.title}（侵权赔偿数额调解）`,
      facts: {
        origin: 'enforcement',
        disputeKind: 'infringement',
        field: String(before.facts['violationKind'] === 'patent_counterfeiting' ? '专利' : '商标'),
        claims: '就侵犯知识产权的赔偿数额进行调解（商标法 第六十条第三款）',
      },
    };
  }
  return {
    title: `${before.title}（裁决中调解）`,
    facts: {
      origin: 'adjudication',
      disputeKind: 'infringement',
      field: String(before.facts['accusedProduct'] ?? '专利'),
      claims: String(before.facts['claims'] ?? ''),
    },
  };
}

export const openMediation: CaseHook = async (tx, context, before, after, calendar) => {
  const handover = { ...context, actor: systemActor(`${context.actor.name ?? 'system'}（转调解）`) };
  const { parties, rights } = await partiesAndRights(tx, before.id, PARTY_ROLE_IN_MEDIATION);
  const child = await insertNewCase(
    tx,
    handover,
    'mediation',
    {
      ...mediationFacts(before),
      orgId: String(after.facts['mediationOrgId']),
      parties: parties.filter((p) => p.role === 'applicant' || p.role === 'respondent' || p.role === 'agent'),
      rights,
      parentCaseId: before.id,
    },
    calendar,
  );
  return { notes: { mediationCaseId: child.id } };
};

/** Copies the mediation file (evidence and documents) to the case that takes the dispute over. */
async function copyFile(tx: Parameters<CaseHook>[0], fromCaseId: string, toCaseId: string) {
  const files = await tx.select().from(caseFiles).where(eq(caseFiles.caseId, fromCaseId));
  for (const file of files) {
    await tx.insert(caseFiles).values({
      ...file,
      id: crypto.randomUUID(),
      caseId: toCaseId,
      category: file.category === 'document' ? 'attachment' : file.category,
    });
  }
}

export const mediationEnded: CaseHook = async (tx, context, before, after, calendar) => {
  const system = { ...context, actor: systemActor('mediation-result') };
  const settled = after.state === 'closed';
  if (before.parentCaseId) {
    const parent = await findCaseInScope(tx, system.actor.scope, before.parentCaseId, { forUpdate: true });
    if (parent && parent.state === 'mediating') {
      await applyTransition(
        tx,
        system,
        parent.caseType,
        parent.id,
        { transition: settled ? 'settled' : 'mediation_failed', version: parent.version, input: {} },
        calendar,
      );
      return { notes: { parentCase: parent.id, parentOutcome: settled ? 'settled' : 'resumed' } };
    }
    return {};
  }
  if (!settled && after.facts['nextStep'] === 'adjudication' && after.facts['adjudicationOrgId']) {
    const { parties, rights } = await partiesAndRights(tx, before.id, PARTY_ROLE_IN_ADJUDICATION);
    const adjudication: CaseRow = await insertNewCase(
      tx,
      { ...context, actor: systemActor('mediation-referral') },
      'adjudication',
      {
        title: `${before.title}（调解不成转裁决）`,
        orgId: String(after.facts['adjudicationOrgId']),
        facts: {
          accusedProduct: String(before.facts['field'] ?? ''),
          claims: String(before.facts['claims'] ?? ''),
          receivedOn: calendar.today(),
        },
        parties,
        rights,
        parentCaseId: before.id,
      },
      calendar,
    );
    await copyFile(tx, before.id, adjudication.id);
    return { notes: { referredTo: adjudication.id } };
  }
  return {};
};
