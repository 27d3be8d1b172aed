import { RIGHT_STATUSES, RIGHT_TYPES } from '@ipp/shared';
import { Type } from 'typebox';

const literalUnion = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const RightTypeSchema = literalUnion(RIGHT_TYPES);

export const SearchQuery = Type.Object({
  q: Type.Optional(
    Type.String({
      maxLength: 100,
      description: "A number in any form, text (2+ characters), or a holder's USCC (searched as its name)",
    }),
  ),
  holder: Type.Optional(
    Type.String({ maxLength: 100, description: "Part of a holder's name, or a holder's USCC" }),
  ),
  type: Type.Optional(RightTypeSchema),
  status: Type.Optional(literalUnion(RIGHT_STATUSES)),
  province: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  classMain: Type.Optional(Type.String({ maxLength: 20 })),
  filedFrom: Type.Optional(IsoDate),
  filedTo: Type.Optional(IsoDate),
  page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const ExportQuery = Type.Object({
  ...SearchQuery.properties,
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'csv' }),
});

const HolderSchema = Type.Object({
  name: Type.String(),
  uscc: Type.Union([Type.String(), Type.Null()]),
  kind: Type.String(),
  role: Type.String(),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
});

const EventSchema = Type.Object({
  type: Type.String(),
  date: Type.String(),
  summary: Type.String(),
  detail: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
});

export const RightSummarySchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    subtype: Type.Union([Type.String(), Type.Null()]),
    number: Type.String(),
    numberDisplay: Type.String(),
    title: Type.String(),
    holders: Type.Array(Type.String()),
    status: Type.String(),
    regionCode: Type.Union([Type.String(), Type.Null()]),
    regionName: Type.Union([Type.String(), Type.Null()]),
    classMain: Type.Union([Type.String(), Type.Null()]),
    filingDate: Type.Union([Type.String(), Type.Null()]),
    grantDate: Type.Union([Type.String(), Type.Null()]),
    expiryDate: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'RightSummary' },
);

const Facet = Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() }));

export const SearchResultSchema = Type.Object({
  items: Type.Array(Type.Ref('RightSummary')),
  total: Type.Integer(),
  totalIsLowerBound: Type.Boolean({
    description: 'true when there are more matches than counted: `total` is then a lower bound',
  }),
  totalEstimate: Type.Union([Type.Integer(), Type.Null()], {
    description:
      'about how many rights match (two significant digits), estimated from a standing random sample ' +
      'of the rights (one in 64) for a frequent term, when far more than `total` do; otherwise null',
  }),
  facetBasis: Type.Object(
    {
      kind: Type.Union([Type.Literal('all'), Type.Literal('first'), Type.Literal('sample')], {
        description:
          '`all`: the facets count every match; `first`: the first `matches` the index yielded; ' +
          '`sample`: the `matches` matches among a standing random sample of the rights (one in 64)',
      }),
      matches: Type.Integer({ description: 'how many matches the facets count' }),
    },
    { description: 'what the facet counts are taken over' },
  ),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  facets: Type.Object({ type: Facet, status: Facet, province: Facet, classMain: Facet, filingYear: Facet }),
});

export const RightDetailSchema = Type.Object({
  ...RightSummarySchema.properties,
  classes: Type.Array(Type.String()),
  numbers: Type.Array(Type.Object({ kind: Type.String(), value: Type.String() })),
  holderHistory: Type.Array(HolderSchema),
  inventors: Type.Array(Type.String()),
  authorizedUsers: Type.Array(
    Type.Object({
      ...HolderSchema.properties,
      trademark: Type.Union([Type.String(), Type.Null()]),
      announcementNo: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  events: Type.Array(EventSchema),
  protectedAreas: Type.Array(
    Type.Object({ code: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }),
    { description: "A GI's protected area: its region codes (data.protectedAreaCodes) with their names" },
  ),
  data: Type.Object({}, { additionalProperties: true }),
  source: Type.String(),
  sourceUpdatedAt: Type.String(),
});

export const VerifyBody = Type.Object(
  {
    type: RightTypeSchema,
    number: Type.String({ minLength: 1, maxLength: 64 }),
    holder: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    asOf: Type.Optional(Nullable(IsoDate)),
    certificate: Type.Optional(Type.Boolean({ description: 'Also issue a signed certificate' })),
  },
  { additionalProperties: false },
);

export const VerificationSchema = Type.Object(
  {
    type: Type.String(),
    query: Type.Object({
      number: Type.String(),
      holder: Type.Union([Type.String(), Type.Null()]),
      asOf: Type.String(),
    }),
    exists: Type.Boolean(),
    right: Type.Union([
      Type.Object({
        id: Type.String(),
        number: Type.String(),
        subtype: Type.Union([Type.String(), Type.Null()]),
        title: Type.String(),
        status: Type.String(),
        valid: Type.Boolean(),
        filingDate: Type.Union([Type.String(), Type.Null()]),
        grantDate: Type.Union([Type.String(), Type.Null()]),
        expiryDate: Type.Union([Type.String(), Type.Null()]),
      }),
      Type.Null(),
    ]),
    holderMatch: Type.Union([
      Type.Object({
        claimed: Type.String(),
        result: Type.Union([Type.Literal('exact'), Type.Literal('normalized'), Type.Literal('none')]),
        matchedHolder: Type.Union([Type.String(), Type.Null()]),
      }),
      Type.Null(),
    ]),
    holdersOnDate: Type.Array(HolderSchema),
    currentHolders: Type.Array(HolderSchema),
    keyEvents: Type.Array(EventSchema),
    dataSource: Type.Union([Type.Object({ source: Type.String(), updatedAt: Type.String() }), Type.Null()]),
    checkedAt: Type.String(),
    certificate: Type.Optional(Type.Object({}, { additionalProperties: true })),
  },
  { $id: 'Verification' },
);

export const BatchVerifyBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          type: RightTypeSchema,
          number: Type.String({ minLength: 1, maxLength: 64 }),
          holder: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          asOf: Type.Optional(Nullable(IsoDate)),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
);
