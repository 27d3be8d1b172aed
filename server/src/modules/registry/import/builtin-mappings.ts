/**
 * Mappings shipped as code for sources whose columns are known, and the check a user-made mapping
 * goes through before it is saved. See docs/registry-import.md for what each mapping does.
 */
import { readFile } from 'node:fs/promises';
import { RIGHT_TYPES } from '@ipp/shared';
import type { MappingDefinition, TargetField } from './types.ts';

const GI_DATES = 'giAnnouncementDates';

/**
 * A product GI has no registration number: its stable key (RightInput.number) is the product name
 * as published (e.g. 西凤酒), which is unique among product GIs and is also what the list of
 * authorized enterprises names; the protection announcement is kept in announcementNo. Only the
 * approval year is known, so grantDate stays empty (a `date_partial` warning, the year in
 * data.grantDateYear) unless a table of announcement dates is passed as lookups.giAnnouncementDates.
 */
const shaanxiGiProducts: MappingDefinition = {
  name: 'shaanxi-gi-products',
  description: '陕西省地理标志保护产品（gi_shaanxi_protected_products.csv）：每行一个地理标志产品',
  type: 'gi',
  fields: {
    subtype: { const: 'product_gi' },
    number: { column: 'product_name', transforms: [{ op: 'trim' }] },
    title: 'product_name',
    regionCode: 'admin_code',
    approvingAuthority: 'approval_authority',
    announcementNo: 'announcement_no',
    grantDate: {
      column: 'announcement_no',
      transforms: [{ op: 'lookup', table: GI_DATES }],
      fallback: { column: 'approval_year' },
    },
    sourceRecordId: 'source_id',
    'data.approvalYear': 'approval_year',
    'data.province': 'province',
    'data.city': 'city',
    'data.adminNameInSource': 'admin_name_in_source',
    'data.categoryCode': 'category_code',
    'data.categoryName': 'category_name',
  },
};

/**
 * One row per enterprise approved to use a GI mark; rows are grouped by product name into the
 * authorizedUsers of that GI (the same number shaanxi-gi-products gives it). The records carry
 * only the members (ParsedRow.merge = 'authorizedUsers'). The announcement on each row is the
 * enterprise's own approval, so it goes to the member, not to the GI.
 */
const shaanxiGiEnterprises: MappingDefinition = {
  name: 'shaanxi-gi-enterprises',
  description:
    '陕西省地理标志产品专用标志核准使用企业（gi_shaanxi_authorized_enterprises.csv）：按产品归入授权使用人',
  type: 'gi',
  fields: {
    subtype: { const: 'product_gi' },
    number: { column: 'gi_product_name', transforms: [{ op: 'trim' }] },
    title: 'gi_product_name',
    'user.name': 'enterprise_name',
    'user.uscc': 'uniform_social_credit_code',
    'user.regionCode': 'admin_code',
    'user.address': 'address',
    // Two marks in one cell are written on two lines.
    'user.trademark': {
      column: 'trademark',
      transforms: [{ op: 'replace', pattern: '\\s*\\n\\s*', with: '、' }],
    },
    'user.announcementNo': 'approval_announcement_no',
    'user.date': { column: 'approval_announcement_no', transforms: [{ op: 'lookup', table: GI_DATES }] },
  },
  groupBy: { key: ['number'], collect: 'authorizedUsers' },
};

export const BUILTIN_MAPPINGS: Readonly<Record<string, MappingDefinition>> = {
  [shaanxiGiProducts.name]: shaanxiGiProducts,
  [shaanxiGiEnterprises.name]: shaanxiGiEnterprises,
};

export function resolveMapping(name: string): MappingDefinition | undefined {
  return Object.hasOwn(BUILTIN_MAPPINGS, name) ? BUILTIN_MAPPINGS[name] : undefined;
}

/**
 * Announcement number → date from a list of announcements ([{title, date}], e.g. the AQSIQ GI
 * announcements), for the `giAnnouncementDates` lookup: "…公告 2003年第86号" → "2003年第86号".
 */
export async function loadAnnouncementDates(path: string): Promise<Record<string, string>> {
  const list = JSON.parse(await readFile(path, 'utf8')) as { title?: string; date?: string }[];
  const dates: Record<string, string> = {};
  for (const item of list) {
    const m = /(\d{4})年第(\d+)号/u.exec(item.title ?? '');
    if (m && item.date && /^\d{4}-\d{2}-\d{2}$/.test(item.date)) dates[`${m[1]}年第${m[2]}号`] = item.date;
  }
  return dates;
}

const TARGETS = new Set<string>([
  ...['type', 'subtype', 'number', 'publicationNumber', 'grantNumber', 'title', 'imageRef', 'regionCode'],
  ...['filingDate', 'publicationDate', 'grantDate', 'expiryDate', 'creationDate', 'firstCommercialUseDate'],
  ...['approvingAuthority', 'announcementNo', 'sourceRecordId', 'sourceUpdatedAt', 'holders', 'holderUsccs'],
  ...[
    'holderRegionCodes',
    'holderCountryCodes',
    'holderIdNumbers',
    'holderAddresses',
    'inventors',
    'classes',
  ],
  ...['similarGroups', 'goodsServices', 'protectedAreaCodes', 'user.name', 'user.uscc', 'user.regionCode'],
  ...['user.address', 'user.trademark', 'user.announcementNo', 'user.date'],
]);
const OPS = new Set([
  'trim',
  'upper',
  'lower',
  'split',
  'prefix',
  'suffix',
  'replace',
  'map',
  'nullIf',
  'date',
  'lookup',
]);

const isTarget = (field: string) => TARGETS.has(field) || /^data\.\w+$/.test(field);

/** Problems with a mapping someone wants to save (empty when it can be used). */
export function checkMappingDefinition(value: unknown): string[] {
  const m = value as Partial<MappingDefinition> | null;
  if (!m || typeof m !== 'object') return ['a mapping is an object'];
  const problems: string[] = [];
  if (typeof m.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(m.name))
    problems.push('name: lower-case letters, digits and -');
  if (m.type !== undefined && !RIGHT_TYPES.includes(m.type))
    problems.push(`type: one of ${RIGHT_TYPES.join(', ')}`);
  if (!m.fields || typeof m.fields !== 'object')
    return [...problems, 'fields: an object of target field → rule'];
  for (const [field, rule] of Object.entries(m.fields)) {
    if (!isTarget(field)) problems.push(`fields.${field}: not a target field`);
    const rules = [];
    for (let r = rule; r; r = typeof r === 'object' ? r.fallback : undefined) rules.push(r);
    for (const r of rules) {
      if (typeof r === 'string') continue;
      if (r.column === undefined && r.template === undefined && r.const === undefined) {
        problems.push(`fields.${field}: give a column, a template or a const`);
      }
      for (const t of r.transforms ?? [])
        if (!OPS.has(t?.op)) problems.push(`fields.${field}: unknown transform ${t?.op}`);
      for (const t of r.transforms ?? []) {
        if (t?.op === 'replace') {
          try {
            new RegExp(t.pattern, t.flags ?? 'gu');
          } catch {
            problems.push(`fields.${field}: bad pattern ${t.pattern}`);
          }
        }
      }
    }
  }
  for (const key of m.groupBy?.key ?? [])
    if (!isTarget(key)) problems.push(`groupBy.key: ${key as TargetField} is not a field`);
  if (m.groupBy && m.groupBy.collect !== 'authorizedUsers') problems.push('groupBy.collect: authorizedUsers');
  return problems;
}
