/** Request and response schemas of the case API. Answers follow shared/src/cases.ts. */
import { CASE_QUEUES } from '@ipp/shared';
import { Type } from 'typebox';

const loose = (id: string, description: string) =>
  Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true, $id: id, description });

export const CaseDetailSchema = loose(
  'CaseDetail',
  'A case with its parties, rights, deadlines, timeline, files and the actions the caller may take (CaseDetailDto)',
);
export const CaseListSchema = loose(
  'CaseList',
  'A page of cases in one queue, with counts of every queue (CaseListDto)',
);
export const CaseRulesSchema = loose(
  'CaseTypeRules',
  'The states and intake form of a case type (CaseTypeRulesDto)',
);
export const LooseObject = Type.Unsafe<Record<string, unknown>>({
  type: 'object',
  additionalProperties: true,
});

export const CaseTypeParam = Type.Union([
  Type.Literal('enforcement'),
  Type.Literal('adjudication'),
  Type.Literal('mediation'),
]);

export const QueueQuery = Type.Object({
  queue: Type.Optional(Type.Union(CASE_QUEUES.map((q) => Type.Literal(q)))),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  state: Type.Optional(Type.String({ maxLength: 50 })),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const PartyBody = Type.Object({
  role: Type.String({ minLength: 1, maxLength: 40 }),
  kind: Type.Union([
    Type.Literal('enterprise'),
    Type.Literal('person'),
    Type.Literal('agent'),
    Type.Literal('organization'),
  ]),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  uscc: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
  idNumber: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
  contact: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
  address: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
});

export const RightRef = Type.Object({
  rightType: Type.Union([
    Type.Literal('patent'),
    Type.Literal('trademark'),
    Type.Literal('ic_layout'),
    Type.Literal('gi'),
  ]),
  number: Type.String({ minLength: 1, maxLength: 60 }),
});

export const IntakeBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  facts: LooseObject,
  parties: Type.Array(PartyBody, { maxItems: 50 }),
  rights: Type.Optional(Type.Array(RightRef, { maxItems: 50 })),
  orgId: Type.Optional(Type.String({ format: 'uuid' })),
});

export const TransitionBody = Type.Object({
  transition: Type.String({ minLength: 1, maxLength: 60 }),
  version: Type.Integer({ minimum: 1, description: 'The version the caller last read (optimistic locking)' }),
  input: Type.Optional(LooseObject),
});

export const IdempotencyHeader = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 8,
      maxLength: 128,
      description: 'Retries with the same key do not repeat the action',
    }),
  ),
});

export const CaseFileParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fileId: Type.String({ format: 'uuid' }),
});
