/**
 * The pure part of a rating: facts in, score, grade and the deductions that explain it out.
 * Which facts count is decided here too, so that the service only loads rows.
 */
import { addMonthsClamped } from '../calendar/index.ts';
import {
  BROKEN_COMMITMENT_DEDUCTION,
  COMMITMENT_WEIGHT_MONTHS,
  type Deduction,
  type DeductionRule,
  LISTING_DEDUCTION,
  type RatingScheme,
  RECORD_DEDUCTIONS,
  SCHEMES,
} from './rating.rules.ts';
import { CATEGORY_RULES, type RecordCategory, type Severity } from './records.rules.ts';

export interface RecordFact {
  id: string;
  category: string;
  severity: string;
  status: string;
  decidedOn: string;
  publicityUntil: string;
}

export interface ListingFact {
  id: string;
  state: string;
  publishUntil: string | null;
}

export interface CommitmentFact {
  id: string;
  honoured: boolean | null;
  checkedOn: string | null;
}

export interface RatingFacts {
  records: RecordFact[];
  listings: ListingFact[];
  commitments: CommitmentFact[];
}

export interface RatingResult {
  scheme: string;
  score: number;
  grade: string;
  gradeExplain: string;
  deductions: Deduction[];
}

/** A record weighs while it is active and its publicity (management) period has not ended. */
export function recordWeighs(record: RecordFact, asOf: string): boolean {
  return record.status === 'active' && record.decidedOn <= asOf && record.publicityUntil >= asOf;
}

/** A listing counts while it is published and its publication period has not ended. */
export function listingCounts(listing: ListingFact, asOf: string): boolean {
  return listing.state === 'published' && (listing.publishUntil ?? '') >= asOf;
}

export function commitmentWeighs(commitment: CommitmentFact, asOf: string): boolean {
  if (commitment.honoured !== false || !commitment.checkedOn) return false;
  return (
    commitment.checkedOn <= asOf && addMonthsClamped(commitment.checkedOn, COMMITMENT_WEIGHT_MONTHS) > asOf
  );
}

function recordRule(category: string, severity: string): DeductionRule {
  const byCategory = RECORD_DEDUCTIONS[(category in CATEGORY_RULES ? category : 'other') as RecordCategory];
  return byCategory[(severity === 'serious' ? 'serious' : 'general') as Severity];
}

function deduction(rule: DeductionRule, id: string, detail: string): Deduction {
  return {
    rule: rule.id,
    points: rule.points,
    explain: `${rule.explain}（${detail}）；依据：${rule.basis}`,
    recordId: id,
  };
}

export function deductionsOf(facts: RatingFacts, asOf: string): Deduction[] {
  const out: Deduction[] = [];
  for (const record of facts.records.filter((r) => recordWeighs(r, asOf))) {
    const label = CATEGORY_RULES[record.category as RecordCategory]?.label ?? record.category;
    out.push(
      deduction(recordRule(record.category, record.severity), record.id, `${label}，${record.decidedOn}决定`),
    );
  }
  for (const listing of facts.listings.filter((l) => listingCounts(l, asOf))) {
    out.push(deduction(LISTING_DEDUCTION, listing.id, `公示至${listing.publishUntil}`));
  }
  for (const commitment of facts.commitments.filter((c) => commitmentWeighs(c, asOf))) {
    out.push(deduction(BROKEN_COMMITMENT_DEDUCTION, commitment.id, `${commitment.checkedOn}核查未履行`));
  }
  // A stable order, so that an unchanged set of facts gives an identical stored result.
  return out.sort(
    (a, b) => a.rule.localeCompare(b.rule) || (a.recordId ?? '').localeCompare(b.recordId ?? ''),
  );
}

export function rate(scheme: RatingScheme, facts: RatingFacts, asOf: string): RatingResult {
  const rule = SCHEMES[scheme];
  const deductions = deductionsOf(facts, asOf);
  const score = Math.max(0, 100 - deductions.reduce((sum, d) => sum + d.points, 0));
  const band = rule.bands.find((b) => score >= b.minScore) ?? rule.bands[rule.bands.length - 1]!;
  return { scheme: rule.code, score, grade: band.grade, gradeExplain: band.explain, deductions };
}
