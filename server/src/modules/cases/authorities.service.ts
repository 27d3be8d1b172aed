/**
 * Public authorities across regions, for the organization fields of case handling: a transfer
 * (移送), an assistance request (协查) or a mediation hand-over names an organization outside the
 * caller's own jurisdiction. Authorities' names and regions are public; enterprises and agencies
 * are never listed here.
 */
import { and, asc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { organizations } from '../org/index.ts';
import { regions } from '../region/index.ts';

export const AUTHORITY_KINDS = [
  'ip_administration',
  'market_regulation',
  'court',
  'procuratorate',
  'public_security',
  'customs',
  'mediation_org',
  'arbitration_body',
  'protection_centre',
  'rights_assistance_centre',
] as const;

export async function listAuthorities(context: ServiceContext, query: { q?: string; kind?: string }) {
  if (context.actor.type === 'anonymous') throw new AppError('PLATFORM_UNAUTHENTICATED');
  const conditions: SQL[] = [inArray(organizations.kind, [...AUTHORITY_KINDS])];
  if (query.kind) conditions.push(eq(organizations.kind, query.kind));
  if (query.q?.trim()) conditions.push(ilike(organizations.name, `%${query.q.trim()}%`));
  const rows = await context.db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      regionCode: organizations.regionCode,
      regionName: regions.name,
    })
    .from(organizations)
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(and(...conditions))
    .orderBy(asc(organizations.regionCode), asc(organizations.name))
    .limit(50);
  return { items: rows };
}
