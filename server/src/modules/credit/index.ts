/** Credit supervision: subjects, records, the serious-dishonesty list, repair, ratings and checks. */
export { creditRecords, creditSubjects } from './credit.tables.ts';
export { creditRecordRoutes } from './records.routes.ts';
export type { RecordCategory } from './records.rules.ts';
export {
  type CreditRecord,
  createManualRecord,
  listRecords,
  recordFinalDecision,
} from './records.service.ts';
export { findSubjects, publicSubject, resolveSubject, type SubjectInput } from './subjects.ts';
