/** Credit supervision: subjects, records, the serious-dishonesty list, repair, ratings and checks. */

export { checkSubject } from './check.service.ts';
export { checkCommitment, recordCommitment } from './commitment.service.ts';
export { creditListings, creditRecords, creditSubjects } from './credit.tables.ts';
export { creditPublicRoutes } from './credit-public.routes.ts';
export { creditListingRoutes } from './listing.routes.ts';
export { applyListingStep, proposeListing } from './listing.service.ts';
export { sweepListings } from './listing.sweep.ts';
export { creditMineRoutes } from './mine.routes.ts';
export { ratingRoutes } from './rating.routes.ts';
export { recomputeRating } from './rating.service.ts';
export { creditRecordRoutes } from './records.routes.ts';
export type { RecordCategory } from './records.rules.ts';
export {
  type CreditRecord,
  createManualRecord,
  listRecords,
  recordFinalDecision,
} from './records.service.ts';
export { creditRepairRoutes } from './repair.routes.ts';
export { applyForRepair } from './repair.service.ts';
export { findSubjects, publicSubject, resolveSubject, type SubjectInput } from './subjects.ts';
