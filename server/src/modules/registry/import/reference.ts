/**
 * Reference data the parsers and the validator share without a database: the shipped GB/T 2260
 * copy (current and retired codes), a reading of Chinese addresses into region codes, a few
 * country names, and whether a name reads as an organization or a person.
 */
import { readFileSync } from 'node:fs';
import type { PartyInput } from '@ipp/shared';

export interface RegionRef {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string;
  status: 'active' | 'retired';
  successors: string[];
}

let regions: Map<string, RegionRef> | null = null;

/** Every GB/T 2260 code, current and retired, read once from the shipped copy. */
export function regionReference(): ReadonlyMap<string, RegionRef> {
  if (!regions) {
    const url = new URL('../../region/data/gbt2260.generated.json', import.meta.url);
    type Row = [string, string, RegionRef['level'], string, RegionRef['status'], unknown, unknown, string[]];
    const file = JSON.parse(readFileSync(url, 'utf8')) as { rows: Row[] };
    regions = new Map(
      file.rows.map(([code, name, level, parentCode, status, , , successors]) => [
        code,
        { code, name, level, parentCode, status, successors },
      ]),
    );
  }
  return regions;
}

let children: Map<string, RegionRef[]> | null = null;

function childrenOf(parent: string): RegionRef[] {
  if (!children) {
    children = new Map();
    for (const region of regionReference().values()) {
      const list = children.get(region.parentCode) ?? [];
      list.push(region);
      children.set(region.parentCode, list);
    }
    // Current codes first: an address naming a place matches today's code before a retired one.
    for (const list of children.values())
      list.sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1));
  }
  return children.get(parent) ?? [];
}

/** The name without its level word, so "浙江" matches 浙江省 and "萧山" matches 萧山区. */
function shortName(name: string): string {
  return name.replace(
    /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|地区|盟|区|县|旗)$/u,
    '',
  );
}

function matchChild(parent: string, text: string): { region: RegionRef; rest: string } | null {
  for (const region of childrenOf(parent)) {
    for (const name of [region.name, shortName(region.name)]) {
      if (name.length >= 2 && text.startsWith(name)) return { region, rest: text.slice(name.length) };
    }
  }
  return null;
}

/**
 * The most precise region an address names, reading province, city and county from its start
 * ("311200 浙江省杭州市萧山区鸿宁路" → 330109). Municipalities repeat their name as the city.
 */
export function regionFromAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  let text = address
    .normalize('NFKC')
    .replace(/^\s*\d{6}\s*/, '')
    .replace(/\s+/g, '');
  const province = matchChild('000000', text);
  if (!province) return null;
  let best = province.region;
  text = province.rest;
  if (text.startsWith(best.name)) text = text.slice(best.name.length);
  for (let depth = 0; depth < 2; depth++) {
    const next = matchChild(best.code, text) ?? matchGrandchild(best.code, text);
    if (!next) break;
    best = next.region;
    text = next.rest;
  }
  return best.code;
}

/** Counties of a municipality or a city named without its city (陕西省洛川县) hang one level down. */
function matchGrandchild(parent: string, text: string): { region: RegionRef; rest: string } | null {
  for (const city of childrenOf(parent)) {
    const hit = matchChild(city.code, text);
    if (hit && hit.region.level === 'county') return hit;
  }
  return null;
}

const COUNTRIES: Record<string, string> = {
  美国: 'US',
  日本: 'JP',
  韩国: 'KR',
  大韩民国: 'KR',
  德国: 'DE',
  法国: 'FR',
  英国: 'GB',
  瑞士: 'CH',
  瑞典: 'SE',
  荷兰: 'NL',
  意大利: 'IT',
  西班牙: 'ES',
  比利时: 'BE',
  丹麦: 'DK',
  芬兰: 'FI',
  奥地利: 'AT',
  加拿大: 'CA',
  澳大利亚: 'AU',
  新加坡: 'SG',
  以色列: 'IL',
  印度: 'IN',
  俄罗斯: 'RU',
  爱尔兰: 'IE',
  卢森堡: 'LU',
  挪威: 'NO',
  新西兰: 'NZ',
  巴西: 'BR',
  开曼群岛: 'KY',
  英属维尔京群岛: 'VG',
  中国香港: 'HK',
  香港: 'HK',
  中国澳门: 'MO',
  澳门: 'MO',
  中国台湾: 'TW',
  台湾: 'TW',
};

/** ISO 3166 code of a foreign address written in Chinese ("韩国京畿道果川市" → KR), else null. */
export function countryFromAddress(address: string | null | undefined): string | null {
  const text =
    address
      ?.normalize('NFKC')
      .replace(/^\s*\d{6}\s*/, '')
      .trim() ?? '';
  const hit = Object.keys(COUNTRIES)
    .sort((a, b) => b.length - a.length)
    .find((name) => text.startsWith(name));
  return hit ? COUNTRIES[hit]! : null;
}

const ORG_SUFFIX =
  /(公司|集团|合作社|联合社|协会|学会|商会|联合会|中心|研究所|研究院|设计院|事务所|委员会|大学|学院|学校|医院|株式会社)$/u;
// One-character forms only count on names longer than a person's (2–4 characters).
const ORG_SHORT_SUFFIX = /[厂场社局站店行所院部会馆队]$/u;
const ORG_LATIN =
  /\b(co\.?,?\s*ltd|ltd|limited|inc|llc|gmbh|corp|corporation|company|s\.a|b\.v|ag|k\.k|plc)\.?$/i;

/** A name that reads as an organization (company forms, 厂, 合作社, 协会 …) rather than a person. */
export function looksLikeOrganization(name: string): boolean {
  const s = name.normalize('NFKC').trim();
  return ORG_SUFFIX.test(s) || (s.length >= 5 && ORG_SHORT_SUFFIX.test(s)) || ORG_LATIN.test(s);
}

/** organization, person (a 2–4 character Chinese name), or null when it cannot tell. */
export function guessPartyKind(name: string): PartyInput['kind'] {
  if (looksLikeOrganization(name)) return 'organization';
  return /^[\p{Script=Han}·]{2,4}$/u.test(name.trim()) ? 'person' : null;
}
