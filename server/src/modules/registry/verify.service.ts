/**
 * 权属核验: does the right exist, what is its status on the date, and does the claimed holder
 * match the holder on that date — exactly, after normalization, or not at all.
 */
import {
  type HolderMatch,
  RIGHT_EVENT_LABELS,
  type RightEventDto,
  type RightEventInput,
  type RightEventType,
  type RightHolderDto,
  type RightStatus,
  type RightType,
  type VerificationDto,
} from '@ipp/shared';
import type { Executor } from '../../platform/db/database.ts';
import { beijingToday } from '../calendar/index.ts';
import { matchHolder } from './holder-names.ts';
import { type LoadedRight, loadRightByNumber } from './rights.queries.ts';
import { IN_FORCE, isHeldOn, statusAsOf } from './timeline.ts';

export interface VerifyQuery {
  type: RightType;
  number: string;
  holder?: string | null;
  asOf?: string | null;
}

export function holderDtos(right: Pick<LoadedRight, 'holders'>, role: string): RightHolderDto[] {
  return right.holders
    .filter((h) => h.holder.role === role)
    .map((h) => ({
      name: h.party.name,
      uscc: h.party.uscc,
      kind: h.party.kind as RightHolderDto['kind'],
      role: h.holder.role,
      from: h.holder.validFrom,
      to: h.holder.validTo,
    }));
}

export function eventSummary(type: RightEventType, detail: Record<string, unknown> | null): string {
  const label = RIGHT_EVENT_LABELS[type]?.zh ?? type;
  const to = detail?.['toHolders'] as { name: string }[] | undefined;
  const party = detail?.['party'] as { name: string } | undefined;
  if (to?.length) return `${label}：${to.map((h) => h.name).join('、')}`;
  if (party) return `${label}：${party.name}`;
  return label;
}

export function eventDtos(right: Pick<LoadedRight, 'events'>): RightEventDto[] {
  return right.events.map((e) => ({
    type: e.type as RightEventType,
    date: e.date,
    summary: eventSummary(e.type as RightEventType, e.detail),
    detail: e.detail,
  }));
}

export async function verifyRight(db: Executor, query: VerifyQuery): Promise<VerificationDto> {
  const asOf = query.asOf ?? beijingToday();
  const holder = query.holder?.trim() || null;
  const base = {
    type: query.type,
    query: { number: query.number, holder, asOf },
    checkedAt: new Date().toISOString(),
  };
  const right = await loadRightByNumber(db, query.type, query.number);
  if (!right) {
    return {
      ...base,
      exists: false,
      right: null,
      holderMatch: null,
      holdersOnDate: [],
      currentHolders: [],
      keyEvents: [],
      dataSource: null,
    };
  }
  const events: RightEventInput[] = right.events.map((e) => ({
    type: e.type as RightEventType,
    date: e.date,
  }));
  const status: RightStatus = statusAsOf(events, right.right.expiryDate, asOf);
  const holders = holderDtos(right, 'holder');
  const holdersOnDate = holders.filter((h) => isHeldOn(h, asOf));
  let holderMatch: HolderMatch | null = null;
  if (holder) {
    const match = matchHolder(holder, holdersOnDate);
    holderMatch = { claimed: holder, result: match.result, matchedHolder: match.matched?.name ?? null };
  }
  return {
    ...base,
    exists: true,
    right: {
      id: right.right.id,
      number: right.right.numberDisplay,
      subtype: right.right.subtype,
      title: right.right.title,
      status,
      valid: IN_FORCE.has(status),
      filingDate: right.right.filingDate,
      grantDate: right.right.grantDate,
      expiryDate: right.right.expiryDate,
    },
    holderMatch,
    holdersOnDate,
    currentHolders: holders.filter((h) => h.to === null),
    keyEvents: eventDtos(right).filter((e) => e.date <= asOf),
    dataSource: { source: right.right.source, updatedAt: right.right.sourceUpdatedAt.toISOString() },
  };
}
