export * from './api.ts';
export * from './cases.ts';
export * from './credit.ts';
export * from './organizations.ts';
export * from './permissions.ts';
export * from './registry.ts';
export * from './uscc.ts';
