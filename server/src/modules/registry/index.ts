/** The rights registry: the four right types, verification (权属核验), search (集中查询), import. */
export { importRoutes } from './import.routes.ts';
export { importFile } from './import.service.ts';
export { patentCheckCharacter } from './numbers.ts';
export { writeRecords } from './records.service.ts';
export { registryRoutes } from './registry.routes.ts';
export { type PreparedRight, writeRights } from './rights.writer.ts';
export { verifyRight } from './verify.service.ts';
