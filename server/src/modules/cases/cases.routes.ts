/** The case API: the same routes for each case type, plus the parts every case shares. */
import { CASE_TYPES, type CaseType } from '@ipp/shared';
import { Type } from 'typebox';
import { contextOf, requireAuthenticated } from '../../platform/http/authentication.ts';
import type { ModuleRoutes } from '../../platform/http/routes.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import { getCase } from './case.service.ts';
import { caseRules } from './case-types.ts';
import {
  CaseDetailSchema,
  CaseListSchema,
  CaseRulesSchema,
  IdempotencyHeader,
  IntakeBody,
  QueueQuery,
  TransitionBody,
} from './cases.schemas.ts';
import { openCase } from './intake.service.ts';
import { listCases } from './queues.service.ts';
import { takeTransition } from './transition.service.ts';

const SUMMARY: Record<CaseType, string> = {
  enforcement: 'administrative enforcement (行政执法)',
  adjudication: 'patent infringement adjudication (行政裁决)',
  mediation: 'dispute mediation (纠纷调解)',
};

/** Every field the type's steps ask for, once each: lets a case page label the facts they record. */
function stepFields(rules: ReturnType<typeof caseRules>) {
  const byKey = new Map<string, (typeof rules.intakeFields)[number]>();
  for (const t of rules.transitions) for (const f of t.fields) if (!byKey.has(f.key)) byKey.set(f.key, f);
  return [...byKey.values()];
}

export const caseTypeRoutes: ModuleRoutes = async (app, { db }) => {
  app.addSchema(CaseDetailSchema);
  app.addSchema(CaseListSchema);
  app.addSchema(CaseRulesSchema);
  for (const caseType of CASE_TYPES) {
    const tags = [`cases:${caseType}`];
    const base = `/api/v1/${caseType}`;
    app.get(
      `${base}/rules`,
      {
        schema: {
          tags,
          summary: `States and intake form of ${SUMMARY[caseType]}`,
          response: { 200: Type.Ref('CaseTypeRules'), ...errorResponses(401) },
        },
        preHandler: requireAuthenticated(),
      },
      async () => {
        const rules = caseRules(caseType);
        return {
          caseType,
          label: rules.label,
          states: Object.entries(rules.states).map(([id, s]) => ({
            id,
            label: s.label,
            terminal: s.terminal ?? false,
          })),
          intakeFields: rules.intakeFields,
          stepFields: stepFields(rules),
        };
      },
    );
    app.get(
      `${base}/cases`,
      {
        schema: {
          tags,
          summary: `List ${SUMMARY[caseType]} cases in the caller's jurisdiction, by queue`,
          querystring: QueueQuery,
          response: { 200: Type.Ref('CaseList'), ...errorResponses(400, 401, 403) },
        },
        preHandler: requireAuthenticated(),
      },
      async (request) => listCases(contextOf(request, db), caseType, request.query),
    );
    app.post(
      `${base}/cases`,
      {
        schema: {
          tags,
          summary: `Open a ${SUMMARY[caseType]} case (intake)`,
          headers: IdempotencyHeader,
          body: IntakeBody,
          response: { 201: Type.Ref('CaseDetail'), ...errorResponses(400, 401, 403, 422) },
        },
        preHandler: requireAuthenticated(),
      },
      async (request, reply) => {
        const detail = await openCase(
          contextOf(request, db),
          caseType,
          request.body,
          request.headers['idempotency-key'] ?? null,
        );
        return reply.code(201).send(detail);
      },
    );
    app.get(
      `${base}/cases/:id`,
      {
        schema: {
          tags,
          summary: `One ${SUMMARY[caseType]} case`,
          params: IdParams,
          response: { 200: Type.Ref('CaseDetail'), ...errorResponses(401, 403, 404) },
        },
        preHandler: requireAuthenticated(),
      },
      async (request) => getCase(contextOf(request, db), caseType, request.params.id),
    );
    app.post(
      `${base}/cases/:id/transitions`,
      {
        schema: {
          tags,
          summary: `Take a transition declared in the ${caseType} rules (atomic, audited, idempotent with Idempotency-Key)`,
          params: IdParams,
          headers: IdempotencyHeader,
          body: TransitionBody,
          response: { 200: Type.Ref('CaseDetail'), ...errorResponses(400, 401, 403, 404, 409, 422) },
        },
        preHandler: requireAuthenticated(),
      },
      async (request) =>
        takeTransition(
          contextOf(request, db),
          caseType,
          request.params.id,
          {
            transition: request.body.transition,
            version: request.body.version,
            input: request.body.input ?? {},
          },
          request.headers['idempotency-key'] ?? null,
        ),
    );
  }
};
