/** Schema pieces shared by every module's routes. */
import { Type } from 'typebox';

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    code: Type.String({ description: 'Stable, module-prefixed error code' }),
    instance: Type.String(),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { $id: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details' },
);

export const problemRef = Type.Ref('Problem');

/** Standard error answers for a route, as problem+json. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, { ...problemRef, description: 'Problem details (application/problem+json)' }]),
  );
}

export const PageQuery = {
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
};

export function PageOf<T extends ReturnType<typeof Type.Object>>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const RegionCode = Type.String({ pattern: '^[0-9]{6}$', description: 'GB/T 2260 region code' });
export const Timestamp = Type.String({ format: 'date-time' });
