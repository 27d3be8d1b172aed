/** The enterprise's own credit (GET /credit/mine); objections and repairs go through listingApi. */
import { api } from '../../app/api/client.ts';
import type { ListingState, ObjectionDto, PeriodDto, RepairDto } from './listingApi.ts';

export interface MyRecord {
  id: string;
  category: string;
  severity: string;
  summary: string;
  legalBasis: string;
  decidedOn: string;
  publicityFrom: string;
  publicityUntil: string;
  inPublicity: boolean;
  status: string;
  mayApplyForRepair: boolean;
}

export interface MyListing {
  id: string;
  state: ListingState;
  reason: string;
  legalBasis: string;
  notifiedOn: string | null;
  statementDueOn: string | null;
  decidedOn: string | null;
  publishedOn: string | null;
  publishUntil: string | null;
  removedOn: string | null;
  removalReason: string | null;
  repairFrom: string | null;
  mayObject: boolean;
  mayApplyForRepair: boolean;
}

export interface MyCreditDto {
  asOf: string;
  organization: { id: string; name: string; uscc: string | null } | null;
  subject: { id: string; kind: string; name: string; uscc: string | null; regionCode: string } | null;
  records: MyRecord[];
  listings: MyListing[];
  objections: (ObjectionDto & { recordId: string | null; overdue: boolean })[];
  repairs: (RepairDto & { overdue: boolean })[];
  periods: Record<string, PeriodDto>;
}

export const mineApi = {
  mine: () => api.get<MyCreditDto>('/credit/mine'),
};
