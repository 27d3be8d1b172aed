/**
 * Demo credit data, dated back from today so that every period is real: a penalty decision that
 * became a record by itself when its case closed; records entered by hand with their basis and
 * documents in Nanshan, Futian and Hangzhou; a patent agency whose grade fell in two steps; an
 * enterprise taken through the whole listing process and on the public list; one listing still in
 * its statement period; a repair application awaiting a decision; and credit commitments.
 */
import { PERMISSION_CODES, type Permission, type RegionLevel, usccCheckCharacter } from '@ipp/shared';
import { type Actor, systemActor } from '../../platform/access/actor.ts';
import { ALL_SCOPE } from '../../platform/access/scope.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { beijingToday, loadWorkingCalendar } from '../calendar/index.ts';
import { applyTransition, dueCalculatorFor, insertNewCase } from '../cases/index.ts';
import {
  applyForRepair,
  applyListingStep,
  checkCommitment,
  createManualRecord,
  proposeListing,
  recomputeRating,
  recordCommitment,
  type SubjectInput,
} from '../credit/index.ts';
import { DEMO_ORGS } from './demo.data.ts';

const uscc = (first17: string) => first17 + usccCheckCharacter(first17);

export const DEMO_CREDIT = {
  listed: {
    kind: 'enterprise',
    name: '深圳市鑫达通讯器材有限公司',
    uscc: uscc('91440300MA5N4B7R2'),
    regionCode: '440305',
  },
  notified: {
    kind: 'enterprise',
    name: '深圳市华锐雷达电子有限公司',
    uscc: uscc('91440300MA5P8D3K6'),
    regionCode: '440305',
  },
  agency: {
    kind: 'agency',
    name: '深圳市南科专利代理有限公司',
    uscc: uscc('91440300MA5Q2T6H9'),
    regionCode: '440305',
  },
  repairing: {
    kind: 'enterprise',
    name: '深圳市福田区华强电子经营部',
    uscc: uscc('92440300MA5L6N2P4'),
    regionCode: '440304',
  },
  penalised: {
    kind: 'enterprise',
    name: '深圳市南山区优品数码商行',
    uscc: uscc('92440300MA5K3R7T1'),
    regionCode: '440305',
  },
  person: { kind: 'person', name: '李志明', idNumber: '440305198803124514', regionCode: '440305' },
  trademarks: {
    kind: 'enterprise',
    name: '杭州云帆商贸有限公司',
    uscc: uscc('91330108MA2J5F8U3'),
    regionCode: '330108',
  },
  patents: {
    kind: 'enterprise',
    name: '杭州启明星智能科技有限公司',
    uscc: uscc('91330108MA2K7M3N1'),
    regionCode: '330108',
  },
} satisfies Record<string, SubjectInput>;

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

type Ago = (n: number) => string;
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

/** An enforcement case taken to its end: closing it turns the penalty decision into a record. */
async function penaltyCaseRecord(tx: Tx, orgId: string, ago: Ago) {
  const context = { db: tx, actor: systemActor('demo-seed'), requestId: null };
  const openedOn = ago(70);
  let row = await insertNewCase(
    tx,
    context,
    'enforcement',
    {
      title: '南山区优品数码商行销售侵犯“星河”注册商标专用权蓝牙耳机案',
      orgId,
      facts: {
        source: 'rights_holder',
        violationKind: 'trademark_infringement',
        receivedOn: openedOn,
        summary: '权利人投诉该商行销售侵犯“星河”注册商标专用权的蓝牙耳机',
      },
      parties: [{ role: 'respondent', ...DEMO_CREDIT.penalised }] as never,
    },
    await dueCalculatorFor(tx, openedOn),
  );
  const steps: [number, string, Record<string, unknown>][] = [
    [68, 'file', { opinion: '现场检查查获涉嫌侵权耳机 600 副，建议立案' }],
    [
      66,
      'propose_penalty',
      {
        violationFacts: '销售侵犯“星河”注册商标专用权的蓝牙耳机 1,200 副，违法经营额 36,000 元',
        illegalAmount: 36_000,
        proposedFine: 60_000,
        legalBasis: '《商标法》第六十条第二款',
      },
    ],
    [62, 'statement_received', { statement: '对违法事实无异议，请求从轻处罚', opinion: '维持拟处罚意见' }],
    [60, 'decide_penalty', { fine: 60_000, legalBasis: '《商标法》第六十条第二款' }],
    [50, 'record_execution', { executionResult: '罚款 60,000 元已缴纳，侵权商品已没收' }],
    [48, 'close', { closingSummary: '处罚决定已执行完毕，予以结案' }],
  ];
  for (const [daysAgo, transition, input] of steps) {
    row = await applyTransition(
      tx,
      context,
      'enforcement',
      row.id,
      { transition, version: row.version, input },
      await dueCalculatorFor(tx, ago(daysAgo)),
    );
  }
}

const doc = (name: string, reference: string) => ({ name, reference });

/** On the list after the whole due process, each step dated so that its period had run. */
async function listedEnterprise(nanshan: ServiceContext, city: ServiceContext, ago: Ago) {
  const context = nanshan;
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
  const serious = await createManualRecord(context, {
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
  let listing = await proposeListing(context, {
    subjectId: serious.subjectId,
    recordIds: [serious.id],
    reason: '故意侵犯知识产权，二年内再次受到较重行政处罚，性质恶劣、情节严重、社会危害较大',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》第二条',
    on: ago(45),
  });
  const step = async (context: ServiceContext, name: string, daysAgo: number, opinion?: string) => {
    listing = await applyListingStep(context, listing.id, name as ListingStepName, {
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
  await step(nanshan, 'publish', 35);
  // Publication does not recompute the rating by itself; the grade should show the listing.
  await recomputeRating(context.db as Tx, serious.subjectId, `listing:${listing.id}`);
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

/** A natural person: shown publicly only as 李某, never with the identity number. */
async function personRecord(context: ServiceContext, ago: Ago) {
  const subject = DEMO_CREDIT.person;
  await createManualRecord(context, {
    subject,
    category: 'penalty',
    legalBasis: '《商标法》第六十条第二款',
    summary: '在南山区某商场摊位销售假冒“星河”注册商标的手机壳 300 个，罚款 5,000 元',
    decidedOn: ago(10),
    fine: 5_000,
    documents: [doc('当场行政处罚决定书', '深南市监简罚〔2026〕112号')],
    regionCode: subject.regionCode,
  });
}

/** A repair application for a record published a year ago, waiting for the office's feedback. */
async function pendingRepair(context: ServiceContext, ago: Ago) {
  const subject = DEMO_CREDIT.repairing;
  const record = await createManualRecord(context, {
    subject,
    category: 'penalty',
    legalBasis: '《专利法》第六十八条',
    summary: '在所售电子产品包装上标注已终止的专利号，罚款 50,000 元',
    decidedOn: ago(280),
    fine: 50_000,
    documents: [doc('行政处罚决定书', '深福市监罚〔2025〕156号')],
    regionCode: subject.regionCode,
  });
  await applyForRepair(context, {
    subjectId: record.subjectId,
    recordId: record.id,
    commitments:
      '已全额缴纳罚款，下架并销毁全部标注失效专利号的包装，今后严格核查专利标识，不再发生同类违法行为',
    proof: [
      doc('罚款缴纳凭证', '非税收入缴款书 4403-2025-118762'),
      doc('整改情况报告', '华强电子经营部整改报告（附照片 12 张）'),
      doc('信用修复承诺书', '信用修复承诺书（经营者签字）'),
    ],
    on: ago(1),
  });
}

/** Hangzhou: a trademark and a patent record, and a commitment still to be checked. */
async function hangzhouRecords(context: ServiceContext, ago: Ago) {
  const { trademarks, patents } = DEMO_CREDIT;
  await createManualRecord(context, {
    subject: trademarks,
    category: 'malicious_trademark',
    legalBasis: '《商标法》第四条、第六十八条第四款',
    summary: '短期内申请注册与他人知名商标近似的商标 46 件，不以使用为目的，扰乱商标注册秩序',
    decidedOn: ago(30),
    documents: [doc('关于恶意商标注册申请的处理决定', '杭市监商〔2026〕027号')],
    regionCode: trademarks.regionCode,
  });
  await createManualRecord(context, {
    subject: patents,
    category: 'abnormal_patent_application',
    legalBasis: '《专利法实施细则》第一百条；《规范申请专利行为的规定》',
    summary: '提交非正常专利申请 23 件，经通知后未在期限内撤回',
    decidedOn: ago(55),
    documents: [doc('非正常专利申请处理通知书', '杭知保〔2026〕015号')],
    regionCode: patents.regionCode,
  });
  await recordCommitment(context, {
    subject: patents,
    context: '杭州市专利资助申请',
    text: '承诺申请资助的专利均为真实发明创造，不存在非正常专利申请，申报材料真实',
    madeOn: ago(5),
  });
}
