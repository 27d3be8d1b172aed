/** From a validated record to what the writer stores: canonical numbers, classes, term, region. */
import type { RightInput } from '@ipp/shared';
import type { PreparedRight } from './rights.writer.ts';
import type { NormalizedRight } from './validation.ts';

/** The region of a right: the stated one, else the first holder's (or its USCC's) region. */
function regionOf(right: NormalizedRight): string | null {
  if (right.regionCode) return right.regionCode;
  for (const holder of right.holders) {
    if (holder.regionCode) return holder.regionCode;
    if (holder.uscc && holder.uscc.length === 18) return holder.uscc.slice(2, 8);
  }
  return null;
}

export function prepareRight(_input: RightInput, right: NormalizedRight): PreparedRight {
  const data: Record<string, unknown> = {};
  const keep = <K extends keyof NormalizedRight>(key: K) => {
    const value = right[key];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
      data[key] = value;
  };
  for (const key of [
    'inventors',
    'similarGroups',
    'goodsServices',
    'imageRef',
    'protectedAreaCodes',
    'creationDate',
    'firstCommercialUseDate',
    'approvingAuthority',
    'announcementNo',
    'expiryRule',
    'publicationNumber',
    'grantNumber',
  ] as const) {
    keep(key);
  }
  if (right.patentNumber) data['pct'] = right.patentNumber.pct;
  return {
    input: right,
    number: right.numberCanonical,
    numberDisplay: right.numberDisplay,
    numbers: right.numbers.map((n) => ({ kind: n.kind, value: n.value })),
    subtype: right.subtype,
    classes: right.classCodes.map((c) => c.code),
    classMain: right.classMain,
    expiryDate: right.expiryDate,
    regionCode: regionOf(right),
    data,
  };
}
