/**
 * The rights registry's contract: the normalized record every importer produces, and the shapes of
 * the verification and search answers. Dates are ISO `YYYY-MM-DD` strings.
 */

export const RIGHT_TYPES = ['patent', 'trademark', 'ic_layout', 'gi'] as const;
export type RightType = (typeof RIGHT_TYPES)[number];

export const RIGHT_SUBTYPES = {
  patent: ['invention', 'utility_model', 'design'],
  trademark: ['trademark', 'collective_mark', 'certification_mark'],
  ic_layout: ['ic_layout'],
  gi: ['product_gi', 'gi_certification_mark', 'gi_collective_mark', 'agri_product_gi'],
} as const;
export type RightSubtype = (typeof RIGHT_SUBTYPES)[RightType][number];

export const RIGHT_TYPE_LABELS: Record<RightType, { zh: string; en: string }> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  ic_layout: { zh: '集成电路布图设计', en: 'IC layout design' },
  gi: { zh: '地理标志', en: 'Geographical indication' },
};

export const RIGHT_EVENT_TYPES = [
  'application',
  'publication',
  'substantive_examination',
  'grant',
  'registration',
  'transfer',
  'licence',
  'licence_end',
  'pledge',
  'pledge_release',
  'renewal',
  'invalidation_partial',
  'invalidation',
  'revocation',
  'termination',
  'restoration',
  'expiry',
  'gi_user_authorized',
  'gi_user_revoked',
  'change',
  'other',
] as const;
export type RightEventType = (typeof RIGHT_EVENT_TYPES)[number];

export const RIGHT_STATUSES = [
  'pending',
  'published',
  'valid',
  'partially_invalid',
  'invalid',
  'revoked',
  'terminated',
  'expired',
] as const;
export type RightStatus = (typeof RIGHT_STATUSES)[number];

export interface PartyInput {
  name: string;
  /** Unified Social Credit Code, when the party has one. */
  uscc?: string | null;
  /** A person's identity number: stored protected, never shown in public output. */
  idNumber?: string | null;
  kind?: 'organization' | 'person' | null;
  regionCode?: string | null;
  /** ISO 3166 alpha-2 for foreign parties (e.g. "US", "JP"). */
  countryCode?: string | null;
  address?: string | null;
}

export interface RightEventInput {
  type: RightEventType;
  date: string;
  /** For transfers: the holders after the event (they replace the holders before it). */
  toHolders?: PartyInput[];
  /** For GI user authorization / revocation: the enterprise concerned. */
  party?: PartyInput | null;
  announcementNo?: string | null;
  /** For renewal: the new expiry date; for partial invalidation: the claims kept, etc. */
  detail?: Record<string, unknown>;
}

export interface RightInput {
  type: RightType;
  subtype?: RightSubtype | null;
  /** The primary number as the source writes it: application number (patent), registration
   *  number (trademark, IC layout), registration/certificate number or announcement (GI). */
  number: string;
  publicationNumber?: string | null;
  grantNumber?: string | null;
  /** Patent title, the mark's text, the design's name, or the GI's name. */
  title: string;
  /** The holders (applicants/patentees, registrant, GI applicant body) as of the source date. */
  holders: PartyInput[];
  inventors?: string[];
  /** IPC (patents), Locarno (designs) or Nice (trademarks) classes as written in the source. */
  classes?: string[];
  /** Trademark similar-group codes (类似群), e.g. "0901". */
  similarGroups?: string[];
  goodsServices?: string[];
  imageRef?: string | null;
  /** The holder's region, or a GI's main protected area (GB/T 2260). */
  regionCode?: string | null;
  /** A GI's protected area as region codes. */
  protectedAreaCodes?: string[];
  filingDate?: string | null;
  publicationDate?: string | null;
  /** Grant (patent) or registration (trademark, IC layout, GI) date. */
  grantDate?: string | null;
  /** Expiry as the source states it; otherwise derived from the term rules. */
  expiryDate?: string | null;
  /** IC layout designs: creation and first commercial exploitation. */
  creationDate?: string | null;
  firstCommercialUseDate?: string | null;
  /** GI: approving authority and announcement number. */
  approvingAuthority?: string | null;
  announcementNo?: string | null;
  /** GI: enterprises authorized to use the GI mark. */
  authorizedUsers?: (PartyInput & {
    trademark?: string | null;
    announcementNo?: string | null;
    date?: string | null;
  })[];
  events?: RightEventInput[];
  /** Where the record came from (file name or source system) and the source's own id. */
  source: string;
  sourceRecordId?: string | null;
  sourceUpdatedAt?: string | null;
}

export interface ValidationIssue {
  /** The field, e.g. "number", "holders[0].uscc". */
  field: string;
  code: string;
  message: string;
}

export interface HolderMatch {
  claimed: string;
  /** exact: same name or USCC; normalized: same after normalization (full-width, spaces,
   *  brackets, company-form suffixes); none: no holder on the date matches. */
  result: 'exact' | 'normalized' | 'none';
  matchedHolder: string | null;
}

export interface RightHolderDto {
  name: string;
  uscc: string | null;
  kind: 'organization' | 'person';
  role: string;
  from: string | null;
  to: string | null;
}

export interface RightEventDto {
  type: RightEventType;
  date: string;
  summary: string;
  detail: Record<string, unknown> | null;
}

export interface VerificationDto {
  type: RightType;
  query: { number: string; holder: string | null; asOf: string };
  exists: boolean;
  right: {
    id: string;
    number: string;
    subtype: string | null;
    title: string;
    status: RightStatus;
    valid: boolean;
    filingDate: string | null;
    grantDate: string | null;
    expiryDate: string | null;
  } | null;
  holderMatch: HolderMatch | null;
  holdersOnDate: RightHolderDto[];
  currentHolders: RightHolderDto[];
  keyEvents: RightEventDto[];
  dataSource: { source: string; updatedAt: string } | null;
  checkedAt: string;
}

export interface RightSummaryDto {
  id: string;
  type: RightType;
  subtype: string | null;
  number: string;
  numberDisplay: string;
  title: string;
  holders: string[];
  status: RightStatus;
  regionCode: string | null;
  regionName: string | null;
  classMain: string | null;
  filingDate: string | null;
  grantDate: string | null;
  expiryDate: string | null;
}

export interface FacetBucket {
  value: string;
  label: string;
  count: number;
}

export interface RightSearchResultDto {
  items: RightSummaryDto[];
  total: number;
  /** More matches than counted: `total` is a lower bound. */
  totalIsLowerBound: boolean;
  /** About how many match, estimated from a random sample, when far more than `total` do. */
  totalEstimate: number | null;
  /** What the facets count: every match, the first `matches` found, or a random sample of them. */
  facetBasis: { kind: 'all' | 'first' | 'sample'; matches: number };
  page: number;
  pageSize: number;
  facets: {
    type: FacetBucket[];
    status: FacetBucket[];
    province: FacetBucket[];
    classMain: FacetBucket[];
    filingYear: FacetBucket[];
  };
}

export interface RightDetailDto extends RightSummaryDto {
  classes: string[];
  numbers: { kind: string; value: string }[];
  holderHistory: RightHolderDto[];
  inventors: string[];
  authorizedUsers: (RightHolderDto & { trademark: string | null; announcementNo: string | null })[];
  events: RightEventDto[];
  /** A GI's protected area (data.protectedAreaCodes) with the regions' names. */
  protectedAreas: { code: string; name: string | null }[];
  data: Record<string, unknown>;
  source: string;
  sourceUpdatedAt: string;
}

export interface CertificateDto {
  code: string;
  issuedAt: string;
  keyId: string;
  verification: VerificationDto;
  signature: string;
  /** Exactly the signed text (canonical JSON), for verifying offline with the public key. */
  payload: string;
  url: string;
  pdfUrl: string;
  qrSvg: string;
}

export interface CertificateCheckDto {
  genuine: boolean;
  unaltered: boolean;
  reason: string;
  certificate?: CertificateDto;
}

export interface ImportJobDto {
  id: string;
  fileName: string;
  format: string;
  type: string | null;
  mapping: string | null;
  status: 'running' | 'completed' | 'failed' | 'interrupted';
  /** The file's last line committed (a resumed import goes on after it). */
  committedLine: number;
  /** The line the file's last record starts on: progress is committedLine / total. */
  total: number | null;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  startedAt: string;
  finishedAt: string | null;
}

export const RIGHT_EVENT_LABELS: Record<RightEventType, { zh: string; en: string }> = {
  application: { zh: '申请', en: 'Application' },
  publication: { zh: '公开', en: 'Publication' },
  substantive_examination: { zh: '实质审查', en: 'Substantive examination' },
  grant: { zh: '授权', en: 'Grant' },
  registration: { zh: '注册/登记', en: 'Registration' },
  transfer: { zh: '权利转让', en: 'Transfer' },
  licence: { zh: '许可备案', en: 'Licence' },
  licence_end: { zh: '许可终止', en: 'Licence ended' },
  pledge: { zh: '质押登记', en: 'Pledge' },
  pledge_release: { zh: '质押注销', en: 'Pledge released' },
  renewal: { zh: '续展', en: 'Renewal' },
  invalidation_partial: { zh: '部分无效', en: 'Partially invalidated' },
  invalidation: { zh: '全部无效', en: 'Invalidated' },
  revocation: { zh: '撤销', en: 'Revoked' },
  termination: { zh: '权利终止', en: 'Terminated' },
  restoration: { zh: '权利恢复', en: 'Restored' },
  expiry: { zh: '期限届满', en: 'Expired' },
  gi_user_authorized: { zh: '核准使用地理标志专用标志', en: 'GI mark use authorized' },
  gi_user_revoked: { zh: '撤销地理标志专用标志使用', en: 'GI mark use revoked' },
  change: { zh: '著录项目变更', en: 'Bibliographic change' },
  other: { zh: '其他', en: 'Other' },
};

export const RIGHT_STATUS_LABELS: Record<RightStatus, { zh: string; en: string }> = {
  pending: { zh: '审查中', en: 'Pending' },
  published: { zh: '已公开', en: 'Published' },
  valid: { zh: '有效', en: 'In force' },
  partially_invalid: { zh: '部分无效', en: 'Partially invalid' },
  invalid: { zh: '无效', en: 'Invalid' },
  revoked: { zh: '已撤销', en: 'Revoked' },
  terminated: { zh: '已终止', en: 'Terminated' },
  expired: { zh: '已届满', en: 'Expired' },
};
