import { ROLE_CODES } from '@ipp/shared';
import { Type } from 'typebox';
import { PageQuery } from '../../platform/http/schemas.ts';

const RoleCodeSchema = Type.Union(ROLE_CODES.map((r) => Type.Literal(r)));

export const MeSchema = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    org: Type.Object({
      id: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      regionCode: Type.String(),
      regionName: Type.String(),
      level: Type.String(),
    }),
    roles: Type.Array(Type.String()),
    permissions: Type.Array(Type.String()),
  },
  { $id: 'Me' },
);

export const UserSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    username: Type.String(),
    displayName: Type.String(),
    orgId: Type.String(),
    orgName: Type.String(),
    regionCode: Type.String(),
    roles: Type.Array(Type.String()),
    disabled: Type.Boolean(),
    lockedUntil: Type.Union([Type.String(), Type.Null()]),
    lastLoginAt: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
  },
  { $id: 'User' },
);

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const LoginResponse = Type.Object({
  token: Type.String({
    description: 'Use as Authorization: Bearer; the browser gets it as an httpOnly cookie too',
  }),
  expiresAt: Type.String({ format: 'date-time' }),
  user: Type.Ref('Me'),
});

export const TokenBody = Type.Object(
  {
    clientId: Type.String({ minLength: 1, maxLength: 100 }),
    clientSecret: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const TokenResponse = Type.Object({
  token: Type.String(),
  tokenType: Type.Literal('Bearer'),
  expiresAt: Type.String({ format: 'date-time' }),
  scopes: Type.Array(Type.String()),
});

export const UserListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  orgId: Type.Optional(Type.String({ format: 'uuid' })),
  ...PageQuery,
});

export const CreateUserBody = Type.Object(
  {
    username: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9._-]{2,49}$' }),
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    orgId: Type.String({ format: 'uuid' }),
    roles: Type.Array(RoleCodeSchema, { minItems: 1 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const PatchUserBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    roles: Type.Optional(Type.Array(RoleCodeSchema, { minItems: 1 })),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const PasswordBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const RoleListResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      nameEn: Type.String(),
      permissions: Type.Array(Type.String()),
    }),
  ),
});

export const CreateClientBody = Type.Object(
  {
    clientId: Type.String({ pattern: '^[a-z][a-z0-9-]{2,63}$' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    orgId: Type.String({ format: 'uuid' }),
    scopes: Type.Array(Type.String(), { minItems: 1 }),
  },
  { additionalProperties: false },
);

export const CreateClientResponse = Type.Object({
  id: Type.String(),
  clientId: Type.String(),
  secret: Type.String({ description: 'Shown once; only its hash is kept' }),
  scopes: Type.Array(Type.String()),
  orgId: Type.String(),
});
