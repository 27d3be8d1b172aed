import { Type } from 'typebox';
import { RegionCode } from '../../platform/http/schemas.ts';

export const RegionSchema = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    level: Type.Union([
      Type.Literal('national'),
      Type.Literal('province'),
      Type.Literal('city'),
      Type.Literal('county'),
    ]),
    parentCode: Type.Union([Type.String(), Type.Null()]),
    status: Type.Union([Type.Literal('active'), Type.Literal('retired')]),
    hasChildren: Type.Boolean(),
  },
  { $id: 'Region' },
);

export const RegionListQuery = Type.Object({
  parent: Type.Optional(RegionCode),
  includeRetired: Type.Boolean({ default: false }),
});

export const RegionCodeParams = Type.Object({ code: RegionCode });

export const RegionWithPathSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  hasChildren: Type.Boolean(),
  path: Type.Array(Type.Ref('Region')),
});
