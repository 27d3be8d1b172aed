/**
 * Case and document numbers in the form Chinese authorities use: the authority's abbreviation,
 * the kind, the year in 〔〕 and a sequence, e.g. 深南市监知罚字〔2026〕12号. Abbreviations follow
 * the usual practice: the province's one-character name (粤, 浙 …), else the first character of
 * the city and of the county, then the organization kind.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { organizations } from '../org/index.ts';
import { regionNames } from '../region/index.ts';
import { nextNumber } from './cases.repository.ts';

const PROVINCE_ABBREVIATION: Record<string, string> = {
  '11': '京',
  '12': '津',
  '13': '冀',
  '14': '晋',
  '15': '蒙',
  '21': '辽',
  '22': '吉',
  '23': '黑',
  '31': '沪',
  '32': '苏',
  '33': '浙',
  '34': '皖',
  '35': '闽',
  '36': '赣',
  '37': '鲁',
  '41': '豫',
  '42': '鄂',
  '43': '湘',
  '44': '粤',
  '45': '桂',
  '46': '琼',
  '50': '渝',
  '51': '川',
  '52': '贵',
  '53': '云',
  '54': '藏',
  '61': '陕',
  '62': '甘',
  '63': '青',
  '64': '宁',
  '65': '新',
  '71': '台',
  '81': '港',
  '82': '澳',
};

const KIND_ABBREVIATION: Record<string, string> = {
  market_regulation: '市监',
  ip_administration: '知',
  mediation_org: '调',
  protection_centre: '保护中心',
  court: '法',
};

export async function orgAbbreviation(db: Executor, orgId: string): Promise<string> {
  const [org] = await db
    .select({ kind: organizations.kind, regionCode: organizations.regionCode })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) return '';
  const code = org.regionCode;
  const kind = KIND_ABBREVIATION[org.kind] ?? '';
  if (code === '000000') return `国${kind}`;
  if (code.endsWith('0000')) return `${PROVINCE_ABBREVIATION[code.slice(0, 2)] ?? ''}${kind}`;
  const cityCode = `${code.slice(0, 4)}00`;
  const names = await regionNames(db, [cityCode, code]);
  const city = (names.get(cityCode) ?? names.get(code) ?? '').slice(0, 1);
  const county = code.endsWith('00') ? '' : (names.get(code) ?? '').slice(0, 1);
  return `${city}${county}${kind}`;
}

/** The next number in the organization's series for the year: `{abbr}{kind}字〔{year}〕{n}号`. */
export async function issueNumber(db: Executor, orgId: string, series: string, kind: string, year: number) {
  const seq = await nextNumber(db, orgId, series, year);
  return `${await orgAbbreviation(db, orgId)}${kind}字〔${year}〕${seq}号`;
}
