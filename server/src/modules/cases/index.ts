/** Case handling: one engine, three case types (enforcement, adjudication, mediation). */
export { dueCalculator as dueCalculatorFor } from './calendar.adapter.ts';
export { casePartsRoutes } from './case-parts.routes.ts';
export { allCaseRules, caseRules } from './case-types.ts';
export { caseTypeRoutes } from './cases.routes.ts';
export { cases, experts } from './cases.tables.ts';
export type { CaseTypeRules } from './engine/rules.ts';
export { insertNewCase, openCase } from './intake.service.ts';
export { superviseCase } from './supervision.service.ts';
export { type SweepResult, sweepDeadlines } from './sweep.service.ts';
export { applyTransition, takeTransition } from './transition.service.ts';
