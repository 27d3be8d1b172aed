/** Kinds of organization the platform serves. Labels are zh-CN first, en-US second. */
export const ORG_KINDS = {
  ip_administration: { zh: '知识产权管理部门', en: 'IP administration', needsUscc: false },
  market_regulation: { zh: '市场监管执法机构', en: 'Market-regulation enforcement', needsUscc: false },
  court: { zh: '人民法院', en: 'Court', needsUscc: false },
  procuratorate: { zh: '人民检察院', en: 'Procuratorate', needsUscc: false },
  public_security: { zh: '公安机关', en: 'Public security', needsUscc: false },
  customs: { zh: '海关', en: 'Customs', needsUscc: false },
  mediation_org: { zh: '调解组织', en: 'Mediation organization', needsUscc: false },
  arbitration_body: { zh: '仲裁机构', en: 'Arbitration body', needsUscc: false },
  protection_centre: { zh: '知识产权保护中心', en: 'Protection centre', needsUscc: false },
  rights_assistance_centre: { zh: '维权援助中心', en: 'Rights-assistance centre', needsUscc: false },
  appraisal_institution: { zh: '鉴定机构', en: 'Appraisal institution', needsUscc: false },
  ip_agency: { zh: '知识产权代理机构', en: 'IP agency', needsUscc: true },
  enterprise: { zh: '企业', en: 'Enterprise', needsUscc: true },
} as const;

export type OrgKind = keyof typeof ORG_KINDS;
export const ORG_KIND_CODES = Object.keys(ORG_KINDS) as OrgKind[];

export const REGION_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_LEVEL_LABELS: Record<RegionLevel, { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};
/** The synthetic root of the region tree: GB/T 2260 has no code for the nation itself. */
export const NATIONAL_REGION_CODE = '000000';
