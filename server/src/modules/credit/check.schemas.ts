/** TypeBox schemas of the credit check, the public credit information, ratings and commitments. */
import { Type } from 'typebox';
import { RegionCode, Timestamp } from '../../platform/http/schemas.ts';

const Str = Type.String();
const NullableStr = Type.Union([Type.String(), Type.Null()]);
const IsoDate = Type.String({ format: 'date' });

export const SubjectQueryBody = Type.Object(
  { subject: Type.String({ minLength: 2, maxLength: 200, description: '统一社会信用代码或完整名称' }) },
  { additionalProperties: false },
);

const Deduction = Type.Object({
  rule: Str,
  points: Type.Integer(),
  explain: Str,
  recordId: NullableStr,
});

export const RatingSchema = Type.Object({
  id: Type.Optional(Str),
  scheme: Str,
  score: Type.Integer(),
  grade: Str,
  deductions: Type.Array(Deduction),
  trigger: Type.Optional(Str),
  current: Type.Optional(Type.Boolean()),
  computedAt: Type.Optional(Timestamp),
  stored: Type.Optional(Type.Boolean()),
});

const Listing = Type.Object({
  id: Type.Optional(Str),
  reason: Str,
  legalBasis: Str,
  decidedOn: NullableStr,
  publishedOn: NullableStr,
  publishUntil: NullableStr,
});

const RecordInPublicity = Type.Object({
  id: Type.Optional(Str),
  category: Str,
  categoryLabel: Str,
  severity: Str,
  summary: NullableStr,
  legalBasis: Str,
  decidedOn: Str,
  publicityFrom: Str,
  publicityUntil: Str,
  publicityBasis: Str,
});

const AppliedMeasure = Type.Object({
  measure: Str,
  rule: Str,
  measureId: Type.Optional(Str),
  basis: Str,
  confirmed: Type.Boolean(),
  sourceId: Type.Optional(Str),
});

export const PublicSubjectSchema = Type.Object({
  id: Str,
  kind: Str,
  name: Str,
  uscc: NullableStr,
  regionCode: Str,
});

const FullSubject = Type.Object({
  id: Str,
  kind: Str,
  name: Str,
  uscc: NullableStr,
  idNumberMasked: NullableStr,
  regionCode: Str,
});

export const CheckResultSchema = Type.Object({
  found: Type.Boolean(),
  asOf: Str,
  subjects: Type.Array(
    Type.Object({
      subject: FullSubject,
      listed: Type.Boolean(),
      listings: Type.Array(Listing),
      recordsInPublicity: Type.Array(RecordInPublicity),
      rating: Type.Union([RatingSchema, Type.Null()]),
      measures: Type.Array(AppliedMeasure),
    }),
  ),
});

export const PublicLookupSchema = Type.Object({
  found: Type.Boolean(),
  asOf: Str,
  subjects: Type.Array(
    Type.Object({
      subject: PublicSubjectSchema,
      listed: Type.Boolean(),
      listings: Type.Array(Listing),
      recordsInPublicity: Type.Array(RecordInPublicity),
      rating: Type.Union([Type.Object({ scheme: Str, grade: Str }), Type.Null()]),
      measures: Type.Array(AppliedMeasure),
    }),
  ),
});

export const PublicListSchema = Type.Object({
  asOf: Str,
  items: Type.Array(Type.Object({ ...Listing.properties, subject: PublicSubjectSchema, decidedBy: Str })),
});

export const ChangesQuery = Type.Object({
  since: Type.Optional(Type.String({ description: 'ISO date or date-time; items strictly after it' })),
});

export const ChangesSchema = Type.Object({
  since: Str,
  more: Type.Boolean(),
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      at: Timestamp,
      kind: Str,
      listingId: Str,
      subject: PublicSubjectSchema,
      reason: Str,
      legalBasis: Str,
      publishedOn: NullableStr,
      publishUntil: NullableStr,
      removedOn: NullableStr,
      removalReason: NullableStr,
    }),
  ),
});

export const RatingListQuery = Type.Object({
  kind: Type.Optional(Type.Union([Type.Literal('agency'), Type.Literal('enterprise')])),
  grade: Type.Optional(Type.String({ maxLength: 4 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

export const RatingListSchema = Type.Object({
  total: Type.Integer(),
  items: Type.Array(Type.Object({ subject: PublicSubjectSchema, rating: RatingSchema })),
});

export const RatingHistorySchema = Type.Object({
  subject: PublicSubjectSchema,
  history: Type.Array(RatingSchema),
});

export const SubjectIdParams = Type.Object({ subjectId: Type.String({ format: 'uuid' }) });

export const CommitmentSchema = Type.Object({
  id: Str,
  subjectId: Str,
  context: Str,
  text: Str,
  madeOn: Str,
  honoured: Type.Union([Type.Boolean(), Type.Null()]),
  checkedOn: NullableStr,
  note: NullableStr,
  createdAt: Timestamp,
});

export const CommitmentBody = Type.Object(
  {
    subject: Type.Object(
      {
        kind: Type.Union([Type.Literal('enterprise'), Type.Literal('agency'), Type.Literal('person')]),
        name: Type.String({ minLength: 1, maxLength: 200 }),
        uscc: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
        idNumber: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
        regionCode: Type.Optional(Type.Union([RegionCode, Type.Null()])),
      },
      { additionalProperties: false },
    ),
    context: Type.String({
      minLength: 1,
      maxLength: 200,
      description: '作出承诺的事项，如 专利快速预审备案',
    }),
    text: Type.String({ minLength: 1, maxLength: 4000 }),
    madeOn: IsoDate,
  },
  { additionalProperties: false },
);

export const CommitmentCheckBody = Type.Object(
  {
    honoured: Type.Boolean(),
    checkedOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const CommitmentListQuery = Type.Object({ subjectId: Type.String({ format: 'uuid' }) });
