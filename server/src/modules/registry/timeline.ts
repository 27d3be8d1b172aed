/**
 * The event timeline decides a right's status and who held it when. Status is never stored as a
 * free flag: it is recomputed from events (and the term) whenever they change, and "as of a date"
 * is answered by replaying the events up to that date.
 */
import type { PartyInput, RightEventInput, RightEventType, RightInput, RightStatus } from '@ipp/shared';

/** What each event does to the status; events not listed leave it as it was. */
const STATUS_AFTER: Partial<Record<RightEventType, RightStatus>> = {
  application: 'pending',
  publication: 'published',
  substantive_examination: 'published',
  grant: 'valid',
  registration: 'valid',
  invalidation_partial: 'partially_invalid',
  invalidation: 'invalid',
  revocation: 'revoked',
  termination: 'terminated',
  restoration: 'valid',
  expiry: 'expired',
};

/** Statuses under which a right is in force (subject to its term). */
export const IN_FORCE: ReadonlySet<RightStatus> = new Set(['valid', 'partially_invalid']);

export interface HolderPeriod {
  role: 'holder' | 'gi_user';
  party: PartyInput;
  position: number;
  from: string | null;
  to: string | null;
  data?: Record<string, unknown>;
}

export interface Timeline {
  events: RightEventInput[];
  periods: HolderPeriod[];
}

/** Events as given, or made from the record's dates when the source has none. */
export function eventsOf(input: RightInput): RightEventInput[] {
  const given = input.events ?? [];
  const made: RightEventInput[] = [];
  const has = (type: RightEventType) => given.some((e) => e.type === type);
  if (input.filingDate && !has('application')) made.push({ type: 'application', date: input.filingDate });
  if (input.publicationDate && !has('publication'))
    made.push({ type: 'publication', date: input.publicationDate });
  const grantType = input.type === 'patent' ? 'grant' : 'registration';
  if (input.grantDate && !has(grantType)) made.push({ type: grantType, date: input.grantDate });
  return [...made, ...given]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map(({ e }) => e);
}

export function statusAsOf(
  events: RightEventInput[],
  expiryDate: string | null,
  asOf: string | null,
): RightStatus {
  let status: RightStatus = 'pending';
  for (const event of events) {
    if (asOf && event.date > asOf) break;
    status = STATUS_AFTER[event.type] ?? status;
  }
  if (IN_FORCE.has(status) && expiryDate && asOf && expiryDate < asOf) return 'expired';
  return status;
}

/** Who held the right when: each transfer closes the period before it and opens the next. */
export function holderPeriods(input: RightInput, events: RightEventInput[]): HolderPeriod[] {
  const transfers = events.filter((e) => e.type === 'transfer' && e.toHolders?.length);
  const application = events.find((e) => e.type === 'application' && e.toHolders?.length);
  const chain: { parties: PartyInput[]; from: string | null }[] = [];
  if (transfers.length === 0) chain.push({ parties: input.holders, from: input.filingDate ?? null });
  else {
    if (application) chain.push({ parties: application.toHolders!, from: application.date });
    transfers.forEach((t, i) => {
      const last = i === transfers.length - 1;
      chain.push({ parties: last && input.holders.length ? input.holders : t.toHolders!, from: t.date });
    });
  }
  const periods: HolderPeriod[] = [];
  let position = 0;
  chain.forEach((link, i) => {
    const to = chain[i + 1]?.from ?? null;
    for (const party of link.parties)
      periods.push({ role: 'holder', party, position: position++, from: link.from, to });
  });
  return [...periods, ...giUserPeriods(input, events, position)];
}

function giUserPeriods(input: RightInput, events: RightEventInput[], start: number): HolderPeriod[] {
  let position = start;
  return (input.authorizedUsers ?? []).map((user) => {
    const revoked = events.find((e) => e.type === 'gi_user_revoked' && e.party?.name === user.name);
    const { trademark, announcementNo, date, ...party } = user;
    return {
      role: 'gi_user' as const,
      party,
      position: position++,
      from: date ?? null,
      to: revoked?.date ?? null,
      data: { trademark: trademark ?? null, announcementNo: announcementNo ?? null },
    };
  });
}

export function isHeldOn(period: { from: string | null; to: string | null }, day: string): boolean {
  return (period.from === null || period.from <= day) && (period.to === null || period.to > day);
}
