/** Regions (GB/T 2260): reference data, the tree, and the checks other modules use. */

export { syncReferenceRegions } from './region.reference.ts';
export { regionRoutes } from './region.routes.ts';
export { getRegion, listRegions, regionNames, requireRegionForNewRecord } from './region.service.ts';
export { regions } from './region.tables.ts';
