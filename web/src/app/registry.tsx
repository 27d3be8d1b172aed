import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  EnvironmentOutlined,
  EyeOutlined,
  FileSearchOutlined,
  HomeOutlined,
  InteractionOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  VerifiedOutlined,
} from '@ant-design/icons';
import type { Permission } from '@ipp/shared';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import { type Bilingual, useI18n } from './i18n/index.tsx';

export type MenuGroup = 'main' | 'registry' | 'cases' | 'business' | 'system';

/** One business module of the platform. The side menu, routes and home page are built from this list. */
export interface FeatureModule {
  key: string;
  path: string;
  icon: ReactNode;
  label: Bilingual;
  description: Bilingual;
  group: MenuGroup;
  /** Required to see the module; undefined means every signed-in user. */
  permission?: Permission;
  /** Modules still under construction are registered but hidden. */
  enabled: boolean;
  /** Open to visitors who have not signed in: routed in the public layout, outside RequireAuth. */
  public?: boolean;
  page?: LazyExoticComponent<ComponentType>;
  /** Further pages of the module (e.g. a record page), routed with its permission but not in the menu. */
  subPages?: readonly { path: string; page: LazyExoticComponent<ComponentType> }[];
}

const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const OrgsPage = lazy(() => import('../features/orgs/OrgsPage.tsx'));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx'));
const RegionsPage = lazy(() => import('../features/regions/RegionsPage.tsx'));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage.tsx'));
const RightsSearchPage = lazy(() => import('../features/registry/RightsSearchPage.tsx'));
const RightDetailPage = lazy(() => import('../features/registry/RightDetailPage.tsx'));
const VerifyPage = lazy(() => import('../features/registry/VerifyPage.tsx'));
const ImportsPage = lazy(() => import('../features/registry/ImportsPage.tsx'));
// One queue page and one case page serve the three case types; each reads its type from the path.
const CaseQueuePage = lazy(() => import('../features/cases/CaseQueuePage.tsx'));
const CaseDetailPage = lazy(() => import('../features/cases/CaseDetailPage.tsx'));
const SupervisionPage = lazy(() => import('../features/cases/SupervisionPage.tsx'));
const AssistancePage = lazy(() => import('../features/cases/AssistancePage.tsx'));
const DirectoryPage = lazy(() => import('../features/cases/DirectoryPage.tsx'));
const RecordsPage = lazy(() => import('../features/credit/RecordsPage.tsx'));
const ListingsPage = lazy(() => import('../features/credit/ListingsPage.tsx'));
const ListingDetailPage = lazy(() => import('../features/credit/ListingDetailPage.tsx'));
const RepairDeskPage = lazy(() => import('../features/credit/RepairDeskPage.tsx'));
const RatingsPage = lazy(() => import('../features/credit/RatingsPage.tsx'));
const PublicCreditLookupPage = lazy(() => import('../features/credit/PublicCreditLookupPage.tsx'));
const MyCreditPage = lazy(() => import('../features/credit/MyCreditPage.tsx'));

function planned(key: string, icon: ReactNode, label: Bilingual, description: Bilingual): FeatureModule {
  return { key, path: `/${key}`, icon, label, description, group: 'business', enabled: false };
}

export const FEATURE_MODULES: readonly FeatureModule[] = [
  {
    key: 'home',
    path: '/',
    icon: <HomeOutlined />,
    label: { zh: '首页', en: 'Home' },
    description: { zh: '工作台与账号概览', en: 'Workbench and account overview' },
    group: 'main',
    enabled: true,
    page: HomePage,
  },
  {
    key: 'rights',
    path: '/registry/search',
    icon: <FileSearchOutlined />,
    label: { zh: '权利检索', en: 'Rights search' },
    description: {
      zh: '专利、商标、集成电路布图设计、地理标志权利信息检索',
      en: 'Search patents, trademarks, IC layout designs and geographical indications',
    },
    group: 'registry',
    permission: 'registry.right.read',
    enabled: true,
    page: RightsSearchPage,
    subPages: [{ path: '/registry/rights/:id', page: RightDetailPage }],
  },
  {
    key: 'verify',
    path: '/registry/verify',
    icon: <VerifiedOutlined />,
    label: { zh: '权属核验', en: 'Verification' },
    description: {
      zh: '核验权利是否存在、是否有效及权利人是否一致，可出具核验证明',
      en: 'Check that a right exists, is in force and belongs to the claimed holder; issue certificates',
    },
    group: 'registry',
    enabled: true,
    page: VerifyPage,
  },
  {
    key: 'imports',
    path: '/registry/imports',
    icon: <CloudUploadOutlined />,
    label: { zh: '数据导入', en: 'Data import' },
    description: { zh: '批量导入权利数据并查看导入报告', en: 'Bulk import of rights data, with reports' },
    group: 'registry',
    permission: 'registry.import.write',
    enabled: true,
    page: ImportsPage,
  },
  {
    key: 'enforcement',
    path: '/cases/enforcement',
    icon: <SafetyCertificateOutlined />,
    label: { zh: '行政执法', en: 'Enforcement' },
    description: { zh: '侵权假冒案件查处', en: 'Infringement and counterfeiting cases' },
    group: 'cases',
    permission: 'cases.enforcement.read',
    enabled: true,
    page: CaseQueuePage,
    subPages: [{ path: '/cases/enforcement/:id', page: CaseDetailPage }],
  },
  {
    key: 'adjudication',
    path: '/cases/adjudication',
    icon: <SolutionOutlined />,
    label: { zh: '行政裁决', en: 'Adjudication' },
    description: { zh: '专利侵权纠纷行政裁决', en: 'Administrative adjudication of patent disputes' },
    group: 'cases',
    permission: 'cases.adjudication.read',
    enabled: true,
    page: CaseQueuePage,
    subPages: [{ path: '/cases/adjudication/:id', page: CaseDetailPage }],
  },
  {
    key: 'mediation',
    path: '/cases/mediation',
    icon: <ScheduleOutlined />,
    label: { zh: '纠纷调解', en: 'Mediation' },
    description: { zh: '知识产权纠纷人民调解', en: 'Mediation of IP disputes' },
    group: 'cases',
    permission: 'cases.mediation.read',
    enabled: true,
    page: CaseQueuePage,
    subPages: [{ path: '/cases/mediation/:id', page: CaseDetailPage }],
  },
  {
    key: 'supervision',
    path: '/cases/supervision',
    icon: <EyeOutlined />,
    label: { zh: '督办', en: 'Supervision' },
    description: {
      zh: '上级督办案件、督办报告与期限预警',
      en: 'Supervised cases, reports and deadline escalations',
    },
    group: 'cases',
    permission: 'cases.case.supervise',
    enabled: true,
    page: SupervisionPage,
  },
  {
    key: 'assistance',
    path: '/cases/assistance',
    icon: <InteractionOutlined />,
    label: { zh: '协查', en: 'Assistance' },
    description: { zh: '执法协查请求的收发与答复', en: 'Assistance requests between enforcement agencies' },
    group: 'cases',
    permission: 'cases.enforcement.read',
    enabled: true,
    page: AssistancePage,
  },
  {
    key: 'case-directory',
    path: '/cases/directory',
    icon: <TeamOutlined />,
    label: { zh: '调解与技术名录', en: 'Directories' },
    description: {
      zh: '调解员、技术调查官与调解组织名录',
      en: 'Mediators, technical investigators and mediation organizations',
    },
    group: 'cases',
    permission: 'cases.mediation.read',
    enabled: true,
    page: DirectoryPage,
  },
  {
    key: 'credit-records',
    path: '/credit/records',
    icon: <ProfileOutlined />,
    label: { zh: '信用记录', en: 'Credit records' },
    description: {
      zh: '辖区内的信用记录、手工登记与异议处理',
      en: 'Credit records in the jurisdiction, manual entry and objections',
    },
    group: 'business',
    permission: 'credit.record.read',
    enabled: true,
    page: RecordsPage,
  },
  {
    key: 'credit-listings',
    path: '/credit/listings',
    icon: <TrophyOutlined />,
    label: { zh: '严重违法失信名单', en: 'Serious-dishonesty list' },
    description: { zh: '列入程序、异议与移出', en: 'Listing with due process, objections and removal' },
    group: 'business',
    permission: 'credit.record.read',
    enabled: true,
    page: ListingsPage,
    subPages: [{ path: '/credit/listings/:id', page: ListingDetailPage }],
  },
  {
    key: 'credit-repairs',
    path: '/credit/repairs',
    icon: <TrophyOutlined />,
    label: { zh: '信用修复', en: 'Credit repair' },
    description: { zh: '修复申请的反馈与决定', en: 'Feedback and decisions on repair applications' },
    group: 'business',
    permission: 'credit.repair.decide',
    enabled: true,
    page: RepairDeskPage,
  },
  {
    key: 'credit-ratings',
    path: '/credit/ratings',
    icon: <TrophyOutlined />,
    label: { zh: '信用评价', en: 'Credit ratings' },
    description: { zh: '代理机构评级与企业信用等级', en: 'Agency ratings and enterprise grades' },
    group: 'business',
    permission: 'credit.record.read',
    enabled: true,
    page: RatingsPage,
  },
  {
    key: 'credit-mine',
    path: '/credit/mine',
    icon: <TrophyOutlined />,
    label: { zh: '我的信用', en: 'My credit' },
    description: {
      zh: '本单位的信用记录、失信名单、异议与信用修复及其期限',
      en: 'Your own credit records, listings, objections and repairs with their deadlines',
    },
    group: 'business',
    // Enterprise and agency users only: officers see subjects through the pages above.
    permission: 'credit.self.read',
    enabled: true,
    page: MyCreditPage,
  },
  {
    key: 'credit-public',
    path: '/credit/public',
    icon: <TrophyOutlined />,
    label: { zh: '信用信息公示', en: 'Public credit information' },
    description: { zh: '公众查询与失信名单', en: 'Public lookup and the list' },
    group: 'business',
    enabled: true,
    public: true,
    page: PublicCreditLookupPage,
  },
  planned(
    'centres',
    <BankOutlined />,
    { zh: '保护中心', en: 'Protection centres' },
    { zh: '知识产权保护中心业务协同', en: 'Coordination of IP protection centres' },
  ),
  planned(
    'monitoring',
    <AlertOutlined />,
    { zh: '监测预警', en: 'Monitoring' },
    { zh: '侵权风险监测与预警', en: 'Infringement risk monitoring and alerts' },
  ),
  {
    key: 'orgs',
    path: '/admin/orgs',
    icon: <ApartmentOutlined />,
    label: { zh: '机构管理', en: 'Organizations' },
    description: { zh: '各级管理部门、执法机构与服务机构', en: 'Administrations, agencies and institutions' },
    group: 'system',
    permission: 'iam.org.read',
    enabled: true,
    page: OrgsPage,
  },
  {
    key: 'users',
    path: '/admin/users',
    icon: <TeamOutlined />,
    label: { zh: '用户管理', en: 'Users' },
    description: { zh: '账号、角色与登录状态', en: 'Accounts, roles and sign-in status' },
    group: 'system',
    permission: 'iam.user.read',
    enabled: true,
    page: UsersPage,
  },
  {
    key: 'audit',
    path: '/audit',
    icon: <AuditOutlined />,
    label: { zh: '审计日志', en: 'Audit trail' },
    description: { zh: '全量操作留痕与链式防篡改校验', en: 'Tamper-evident record of every action' },
    group: 'system',
    permission: 'audit.record.read',
    enabled: true,
    page: AuditPage,
  },
  {
    key: 'regions',
    path: '/regions',
    icon: <EnvironmentOutlined />,
    label: { zh: '行政区划', en: 'Regions' },
    description: { zh: '县级以上行政区划代码', en: 'Administrative division codes' },
    group: 'system',
    permission: 'region.region.read',
    enabled: true,
    page: RegionsPage,
  },
  {
    key: 'calendar',
    path: '/calendar',
    icon: <CalendarOutlined />,
    label: { zh: '工作日历', en: 'Working-day calendar' },
    description: {
      zh: '法定节假日与调休安排，期限计算',
      en: 'Official holidays and make-up working days; deadline calculator',
    },
    group: 'system',
    enabled: true,
    page: CalendarPage,
  },
];

/** The modules a user can see: built, and permitted. */
export function visibleModules(can: (permission: Permission) => boolean): FeatureModule[] {
  return FEATURE_MODULES.filter((m) => m.enabled && (!m.permission || can(m.permission)));
}

/** The localized menu label of a module, used as its page title. */
export function useModuleTitle(key: string): string {
  const { pick } = useI18n();
  const module = FEATURE_MODULES.find((m) => m.key === key);
  return module ? pick(module.label) : key;
}
