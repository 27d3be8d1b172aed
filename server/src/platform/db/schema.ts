/** Every table of the platform, gathered for drizzle-kit and for the typed database handle. */

export * from '../../modules/calendar/calendar.tables.ts';
export * from '../../modules/cases/cases.tables.ts';
export * from '../../modules/certificate/certificate.tables.ts';
export * from '../../modules/credit/credit.tables.ts';
export * from '../../modules/iam/iam.tables.ts';
export * from '../../modules/org/org.tables.ts';
export * from '../../modules/region/region.tables.ts';
export * from '../../modules/registry/registry.tables.ts';
export * from '../audit/audit.tables.ts';
export * from './meta.tables.ts';
