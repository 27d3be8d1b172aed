/**
 * The demo data set of the foundation: organizations at the four levels and an account for each
 * level and role. Enterprise and agency names are invented; their USCCs are built with a valid
 * check character so the same validation as production applies.
 */
import { type OrgKind, type RoleCode, usccCheckCharacter } from '@ipp/shared';

function demoUscc(regionCode: string, body: string): string {
  const first17 = `91${regionCode}${body}`;
  return first17 + usccCheckCharacter(first17);
}

export interface DemoOrg {
  key: string;
  name: string;
  kind: OrgKind;
  regionCode: string;
  uscc?: string;
}

export const DEMO_ORGS: DemoOrg[] = [
  { key: 'cnipa', name: '国家知识产权局', kind: 'ip_administration', regionCode: '000000' },
  { key: 'gd', name: '广东省知识产权局', kind: 'ip_administration', regionCode: '440000' },
  { key: 'gd-samr', name: '广东省市场监督管理局', kind: 'market_regulation', regionCode: '440000' },
  {
    key: 'sz',
    name: '深圳市市场监督管理局（深圳市知识产权局）',
    kind: 'market_regulation',
    regionCode: '440300',
  },
  { key: 'sz-ppc', name: '中国（深圳）知识产权保护中心', kind: 'protection_centre', regionCode: '440300' },
  { key: 'sz-court', name: '深圳市中级人民法院', kind: 'court', regionCode: '440300' },
  { key: 'sz-customs', name: '深圳海关', kind: 'customs', regionCode: '440300' },
  { key: 'nanshan', name: '深圳市南山区市场监督管理局', kind: 'market_regulation', regionCode: '440305' },
  {
    key: 'nanshan-med',
    name: '深圳市南山区知识产权纠纷人民调解委员会',
    kind: 'mediation_org',
    regionCode: '440305',
  },
  { key: 'futian', name: '深圳市福田区市场监督管理局', kind: 'market_regulation', regionCode: '440304' },
  {
    key: 'futian-med',
    name: '深圳市福田区知识产权纠纷人民调解委员会',
    kind: 'mediation_org',
    regionCode: '440304',
  },
  { key: 'hz-med', name: '杭州市知识产权纠纷人民调解委员会', kind: 'mediation_org', regionCode: '330100' },
  { key: 'zj', name: '浙江省知识产权局', kind: 'ip_administration', regionCode: '330000' },
  { key: 'zj-ppc', name: '中国（浙江）知识产权保护中心', kind: 'protection_centre', regionCode: '330000' },
  {
    key: 'hz',
    name: '杭州市市场监督管理局（杭州市知识产权局）',
    kind: 'market_regulation',
    regionCode: '330100',
  },
  {
    key: 'xinghe',
    name: '深圳市星河智联科技有限公司',
    kind: 'enterprise',
    regionCode: '440305',
    uscc: demoUscc('440300', 'MA5G7K2L3'),
  },
  {
    key: 'huizhi',
    name: '深圳市汇智知识产权代理有限公司',
    kind: 'ip_agency',
    regionCode: '440304',
    uscc: demoUscc('440300', 'MA5H1C8N6'),
  },
  {
    key: 'qiantang',
    name: '杭州钱塘新材料股份有限公司',
    kind: 'enterprise',
    regionCode: '330100',
    uscc: demoUscc('330100', '7442B5R61'),
  },
];

export interface DemoUser {
  username: string;
  displayName: string;
  org: string;
  roles: RoleCode[];
  note: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'national.admin',
    displayName: '张建国',
    org: 'cnipa',
    roles: ['system_admin'],
    note: '国家级 系统管理员 · sees everything',
  },
  {
    username: 'gd.admin',
    displayName: '李文华',
    org: 'gd',
    roles: ['region_admin'],
    note: '广东省 辖区管理员 · Guangdong subtree',
  },
  {
    username: 'sz.officer',
    displayName: '王志强',
    org: 'sz',
    roles: ['officer'],
    note: '深圳市 业务人员 · Shenzhen subtree',
  },
  {
    username: 'nanshan.officer',
    displayName: '陈晓燕',
    org: 'nanshan',
    roles: ['officer'],
    note: '南山区 业务人员 · Nanshan only',
  },
  {
    username: 'futian.officer',
    displayName: '刘海涛',
    org: 'futian',
    roles: ['officer'],
    note: '福田区 业务人员 · Futian only',
  },
  {
    username: 'nanshan.auditor',
    displayName: '黄丽娟',
    org: 'nanshan',
    roles: ['auditor'],
    note: '南山区 审计员 · audit trail',
  },
  {
    username: 'zj.admin',
    displayName: '周敏',
    org: 'zj',
    roles: ['region_admin'],
    note: '浙江省 辖区管理员 · Zhejiang subtree',
  },
  {
    username: 'hz.officer',
    displayName: '吴俊杰',
    org: 'hz',
    roles: ['officer'],
    note: '杭州市 业务人员 · Hangzhou subtree',
  },
  {
    username: 'nanshan.mediator',
    displayName: '林慧敏',
    org: 'nanshan-med',
    roles: ['mediator'],
    note: '南山区 调解员 · mediation cases',
  },
  {
    username: 'xinghe.user',
    displayName: '赵一鸣',
    org: 'xinghe',
    roles: ['enterprise_user'],
    note: '企业用户 · 星河智联',
  },
];

export const DEMO_CLIENT = {
  clientId: 'sz-court-gateway',
  name: '深圳市中级人民法院 审判系统接口',
  org: 'sz-court',
  scopes: ['region.region.read', 'iam.org.read', 'registry.right.read'],
};
