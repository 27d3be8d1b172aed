/**
 * Demo credit data, dated back from today so that every period is real: a penalty decision that
 * became a record by itself when its case closed; records entered by hand with their basis and
 * documents in Nanshan, Futian and Hangzhou; a patent agency whose grade fell in two steps; an
 * enterprise taken through the whole listing process and on the public list; one listing still in
 * its statement period; a repair application awaiting a decision; and credit commitments.
 */
import { PERMISSION_CODES, type Permission, type RegionLevel } from '@ipp/shared';
import type { Actor } from '../../platform/access/actor.ts';
import { ALL_SCOPE } from '../../platform/access/scope.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { beijingToday, loadWorkingCalendar } from '../calendar/index.ts';
import {
  applyListingStep,
  checkCommitment,
  createManualRecord,
  proposeListing,
  recordCommitment,
} from '../credit/index.ts';
import { hangzhouRecords, penaltyCaseRecord, pendingRepair, personRecord } from './demo.credit.records.ts';
import { type Ago, DEMO_CREDIT, doc } from './demo.credit.subjects.ts';
import { DEMO_ORGS } from './demo.data.ts';

export { DEMO_CREDIT } from './demo.credit.subjects.ts';

/** The office itself acting (orgId on listings, names in the event trail), with every permission. */
function officeContext(tx: Tx, orgIds: Map<string, string>, key: string): ServiceContext {
  const org = DEMO_ORGS.find((o) => o.key === key)!;
  const actor: Actor = {
    type: 'user',
    id: null,
    name: `演示数据（${org.name}）`,
    org: { id: orgIds.get(key)!, name: org.name, regionCode: org.regionCode, level: levelOf(org.regionCode) },
    permissions: new Set<Permission>(PERMISSION_CODES),
    scope: ALL_SCOPE,
  };
  return { db: tx, actor, requestId: null };
}

function levelOf(regionCode: string): RegionLevel {
  if (regionCode.endsWith('0000')) return 'province';
  return regionCode.endsWith('00') ? 'city' : 'county';
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The working day n working days before today (today itself for 0), on the official calendar. */
async function workingDaysAgo(tx: Tx) {
  const calendar = await loadWorkingCalendar(tx);
  const today = beijingToday();
  return (n: number) => {
    let day = today;
    for (let k = 0; k < n; ) {
      day = addDays(day, -1);
      if (calendar.isWorkingDay(day)) k++;
    }
    return day;
  };
}

type ListingStepName = Parameters<typeof applyListingStep>[2];

export async function seedDemoCredit(tx: Tx, orgIds: Map<string, string>): Promise<void> {
  const ago = await workingDaysAgo(tx);
  const office = (key: string) => officeContext(tx, orgIds, key);
  await penaltyCaseRecord(tx, orgIds.get('nanshan')!, ago);
  await listedEnterprise(office('nanshan'), office('sz'), ago);
  await listingInStatementPeriod(office('nanshan'), ago);
  await ratedAgency(office('nanshan'), ago);
  await personRecord(office('nanshan'), ago);
  await pendingRepair(office('futian'), ago);
  await hangzhouRecords(office('hz'), ago);
}

/** A first penalty a year ago, then a heavier one for the same conduct: the serious record. */
async function listedRecords(context: ServiceContext, ago: Ago) {
  const subject = DEMO_CREDIT.listed;
  await createManualRecord(context, {
    subject,
    category: 'penalty',
    legalBasis: '《商标法》第六十条第二款',
    summary: '销售侵犯“星河”注册商标专用权的手机充电器 800 个，罚款 30,000 元',
    decidedOn: ago(300),
    fine: 30_000,
    documents: [doc('行政处罚决定书', '深南市监罚〔2025〕217号')],
    regionCode: subject.regionCode,
  });
  return createManualRecord(context, {
    subject,
    category: 'penalty',
    severity: 'serious',
    legalBasis: '《商标法》第六十条第二款；《市场监督管理严重违法失信名单管理办法》第二条',
    summary:
      '二年内再次故意侵犯注册商标专用权：制造、销售假冒“星河”注册商标的蓝牙耳机 1.2 万副，违法经营额 96 万元，罚款 480,000 元，没收侵权商品及专用工具',
    decidedOn: ago(60),
    fine: 480_000,
    documents: [
      doc('行政处罚决定书', '深南市监罚〔2026〕088号'),
      doc('现场检查笔录', '深南市监检〔2026〕031号'),
    ],
    regionCode: subject.regionCode,
  });
}

/** On the list after the whole due process, each step dated so that its period had run. */
async function listedEnterprise(nanshan: ServiceContext, city: ServiceContext, ago: Ago) {
  const serious = await listedRecords(nanshan, ago);
  let listing = await proposeListing(nanshan, {
    subjectId: serious.subjectId,
    recordIds: [serious.id],
    reason: '故意侵犯知识产权，二年内再次受到较重行政处罚，性质恶劣、情节严重、社会危害较大',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》第二条',
    on: ago(45),
  });
  const step = async (context: ServiceContext, name: ListingStepName, daysAgo: number, opinion?: string) => {
    listing = await applyListingStep(context, listing.id, name, {
      version: listing.version,
      on: ago(daysAgo),
      opinion,
    });
  };
  await step(nanshan, 'notify', 44);
  await step(
    nanshan,
    'decide',
    37,
    '告知书已送达，当事人在陈述申辩期内未提出陈述申辩，视为放弃；决定列入严重违法失信名单',
  );
  // A county's decision stands once the level above consents (where the listing rules ask for it).
  if (listing.state === 'awaiting_approval') {
    await step(city, 'approve', 36, '经审查，事实清楚、证据充分、程序合法，同意列入');
  }
  await step(nanshan, 'publish', 35); // publication recomputes the grade with the listing
}

/** Notified two working days ago: the statement period still runs, so no decision may be taken yet. */
async function listingInStatementPeriod(context: ServiceContext, ago: Ago) {
  const subject = DEMO_CREDIT.notified;
  const record = await createManualRecord(context, {
    subject,
    category: 'adjudication_noncompliance',
    legalBasis: '《专利纠纷行政裁决和调解办法》第三十四条',
    summary:
      '专利侵权纠纷行政裁决（深南知裁字〔2026〕第12号）责令停止销售侵权雷达模组，裁决生效后仍继续销售，有履行能力而拒不履行',
    decidedOn: ago(15),
    documents: [
      doc('专利侵权纠纷行政裁决书', '深南知裁字〔2026〕第12号'),
      doc('复查笔录', '深南知查〔2026〕045号'),
    ],
    regionCode: subject.regionCode,
  });
  const listing = await proposeListing(context, {
    subjectId: record.subjectId,
    recordIds: [record.id],
    reason: '有履行能力而拒不履行专利侵权纠纷行政裁决',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》第二条',
    on: ago(3),
  });
  await applyListingStep(context, listing.id, 'notify', { version: listing.version, on: ago(2) });
}

/** A patent agency graded A, then B after a broken commitment, then lower after a penalty. */
async function ratedAgency(context: ServiceContext, ago: Ago) {
  const subject = DEMO_CREDIT.agency;
  await createManualRecord(context, {
    subject,
    category: 'agency_violation',
    legalBasis: '《专利代理条例》第二十五条；《专利代理管理办法》',
    summary: '代理非正常专利申请 37 件，未履行审慎核查义务，被责令改正并予以警告',
    decidedOn: ago(200),
    documents: [doc('行政处罚决定书', '粤知罚〔2026〕009号')],
    regionCode: subject.regionCode,
  });
  const commitment = await recordCommitment(context, {
    subject,
    context: '专利快速预审主体备案',
    text: '承诺所代理的预审案件均为真实发明创造，不代理非正常专利申请，材料真实准确',
    madeOn: ago(150),
  });
  await checkCommitment(context, commitment.id, {
    honoured: false,
    checkedOn: ago(90),
    note: '抽查发现备案后仍代理非正常专利申请 5 件',
  });
  await createManualRecord(context, {
    subject,
    category: 'penalty',
    legalBasis: '《专利代理条例》第二十五条',
    summary: '就同一专利权的事务接受有利益冲突的其他当事人委托，罚款 20,000 元',
    decidedOn: ago(80),
    fine: 20_000,
    documents: [doc('行政处罚决定书', '深南市监罚〔2026〕061号')],
    regionCode: subject.regionCode,
  });
}
