import { ORG_KIND_CODES } from '@ipp/shared';
import { Type } from 'typebox';
import { PageQuery, RegionCode } from '../../platform/http/schemas.ts';

export const OrgKindSchema = Type.Union(
  ORG_KIND_CODES.map((k) => Type.Literal(k)),
  { description: 'Kind of organization' },
);

export const OrgSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    kind: Type.String(),
    regionCode: Type.String(),
    regionName: Type.String(),
    level: Type.String(),
    uscc: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Organization' },
);

export const OrgListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  kind: Type.Optional(OrgKindSchema),
  regionCode: Type.Optional(RegionCode),
  ...PageQuery,
});

export const CreateOrgBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200 }),
    kind: OrgKindSchema,
    regionCode: RegionCode,
    uscc: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const PatchOrgBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
    uscc: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
  },
  { additionalProperties: false },
);
