/**
 * Permissions are named `module.resource.action`. Roles are sets of permissions; the catalog
 * below is the single list both the server (role seeding, checks) and the web (menus) use.
 */
export const PERMISSIONS = {
  'iam.user.read': { zh: '查看用户', en: 'View users' },
  'iam.user.write': { zh: '管理用户', en: 'Manage users' },
  'iam.org.read': { zh: '查看机构', en: 'View organizations' },
  'iam.org.write': { zh: '管理机构', en: 'Manage organizations' },
  'iam.client.write': { zh: '管理接口客户端', en: 'Manage API clients' },
  'iam.role.read': { zh: '查看角色', en: 'View roles' },
  'audit.record.read': { zh: '查看审计日志', en: 'View audit trail' },
  'region.region.read': { zh: '查看行政区划', en: 'View regions' },
  'registry.right.read': { zh: '检索与核验权利', en: 'Search and verify rights' },
  'registry.import.write': { zh: '导入权利数据', en: 'Import rights data' },
  'cases.enforcement.read': { zh: '查看执法案件', en: 'View enforcement cases' },
  'cases.enforcement.handle': { zh: '办理执法案件', en: 'Handle enforcement cases' },
  'cases.adjudication.read': { zh: '查看裁决案件', en: 'View adjudication cases' },
  'cases.adjudication.handle': { zh: '办理裁决案件', en: 'Handle adjudication cases' },
  'cases.mediation.read': { zh: '查看调解案件', en: 'View mediation cases' },
  'cases.mediation.handle': { zh: '办理调解案件', en: 'Handle mediation cases' },
  'cases.case.supervise': { zh: '督办与审批上级事项', en: 'Supervise cases and approve at a higher level' },
  'credit.record.read': { zh: '查看信用记录', en: 'View credit records' },
  'credit.record.write': { zh: '登记信用记录', en: 'Enter credit records' },
  'credit.listing.write': { zh: '办理失信名单程序', en: 'Run the serious-dishonesty list process' },
  'credit.listing.approve': {
    zh: '审批下级列入决定',
    en: 'Consent to lower-level listing decisions',
  },
  'credit.self.read': { zh: '查看本单位信用', en: 'View one’s own credit' },
  'credit.repair.decide': { zh: '办理信用修复', en: 'Decide credit repairs' },
  'credit.rating.write': { zh: '维护信用评价', en: 'Maintain credit ratings' },
  'calendar.day.write': { zh: '维护工作日历', en: 'Maintain the working-day calendar' },
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_CODES = Object.keys(PERMISSIONS) as Permission[];

export const ROLES = {
  system_admin: {
    zh: '系统管理员',
    en: 'System administrator',
    permissions: PERMISSION_CODES,
  },
  region_admin: {
    zh: '辖区管理员',
    en: 'Regional administrator',
    permissions: [
      'iam.user.read',
      'iam.user.write',
      'iam.org.read',
      'iam.org.write',
      'iam.role.read',
      'audit.record.read',
      'region.region.read',
      'registry.right.read',
      'registry.import.write',
      'cases.enforcement.read',
      'cases.enforcement.handle',
      'cases.adjudication.read',
      'cases.adjudication.handle',
      'cases.mediation.read',
      'cases.mediation.handle',
      'cases.case.supervise',
      'credit.record.read',
      'credit.record.write',
      'credit.listing.write',
      'credit.listing.approve',
      'credit.repair.decide',
      'credit.rating.write',
    ],
  },
  officer: {
    zh: '执法/业务人员',
    en: 'Officer',
    permissions: [
      'iam.org.read',
      'iam.user.read',
      'region.region.read',
      'registry.right.read',
      'cases.enforcement.read',
      'cases.enforcement.handle',
      'cases.adjudication.read',
      'cases.adjudication.handle',
      'cases.mediation.read',
      'cases.mediation.handle',
      'cases.case.supervise',
      'credit.record.read',
      'credit.record.write',
      'credit.listing.write',
      'credit.listing.approve',
      'credit.repair.decide',
    ],
  },
  mediator: {
    zh: '调解员',
    en: 'Mediator',
    permissions: [
      'iam.org.read',
      'region.region.read',
      'registry.right.read',
      'cases.mediation.read',
      'cases.mediation.handle',
    ],
  },
  auditor: {
    zh: '审计员',
    en: 'Auditor',
    permissions: ['audit.record.read', 'iam.user.read', 'iam.org.read', 'region.region.read'],
  },
  enterprise_user: {
    zh: '企业用户',
    en: 'Enterprise user',
    permissions: ['region.region.read', 'registry.right.read', 'credit.self.read'],
  },
} as const satisfies Record<string, { zh: string; en: string; permissions: readonly Permission[] }>;

export type RoleCode = keyof typeof ROLES;
export const ROLE_CODES = Object.keys(ROLES) as RoleCode[];
