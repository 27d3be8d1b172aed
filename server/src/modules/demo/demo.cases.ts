/**
 * Demo cases: each case type in Nanshan, Futian and Hangzhou, at different stages — some overdue
 * (opened months ago with their clocks running from then), one under the city's supervision —
 * and the directories of mediators and technical investigators.
 */
import { randomUUID } from 'node:crypto';
import { PERMISSION_CODES, type Permission, usccCheckCharacter } from '@ipp/shared';
import { type Actor, systemActor } from '../../platform/access/actor.ts';
import { ALL_SCOPE } from '../../platform/access/scope.ts';
import type { Tx } from '../../platform/db/database.ts';
import { applyTransition, dueCalculatorFor, experts, insertNewCase, superviseCase } from '../cases/index.ts';
import { DEMO_RIGHTS } from './demo.registry.ts';

const uscc = (body: string) => body + usccCheckCharacter(body);
const ctx = (tx: Tx, actor: Actor = systemActor('demo-seed')) => ({ db: tx, actor, requestId: null });

const PATENT_NANSHAN = DEMO_RIGHTS[0]!.number;
const PATENT_HANGZHOU = DEMO_RIGHTS[1]!.number;

type Step = [string, Record<string, unknown>];

async function demoCase(
  tx: Tx,
  caseType: string,
  orgId: string,
  openedOn: string,
  input: {
    title: string;
    facts: Record<string, unknown>;
    parties: Record<string, unknown>[];
    rights?: { rightType: 'patent'; number: string }[];
  },
  steps: Step[],
) {
  const calendar = await dueCalculatorFor(tx, openedOn);
  let row = await insertNewCase(
    tx,
    ctx(tx),
    caseType,
    { ...input, orgId, parties: input.parties as never },
    calendar,
  );
  for (const [transition, stepInput] of steps) {
    row = await applyTransition(
      tx,
      ctx(tx),
      caseType,
      row.id,
      { transition, version: row.version, input: stepInput },
      calendar,
    );
  }
  return row;
}

const enforcementFacts = (summary: string) => ({
  source: 'rights_holder',
  violationKind: 'trademark_infringement',
  receivedOn: '2026-09-01',
  summary,
});

export async function seedDemoCases(tx: Tx, orgIds: Map<string, string>): Promise<void> {
  const org = (key: string) => orgIds.get(key)!;
  await tx.insert(experts).values([
    {
      id: randomUUID(),
      kind: 'mediator',
      name: '林慧敏',
      orgId: org('nanshan-med'),
      regionCode: '440305',
      expertise: ['通信', '电子', '专利'],
      languages: ['普通话', '粤语', 'English'],
      qualifications: ['人民调解员', '专利代理师'],
      trainingHours: 64,
      rating: 92,
      conflicts: [],
      active: true,
      createdAt: new Date(),
    },
    {
      id: randomUUID(),
      kind: 'mediator',
      name: '郑国华',
      orgId: org('nanshan-med'),
      regionCode: '440305',
      expertise: ['商标', '服装', '消费品'],
      languages: ['普通话', '粤语'],
      qualifications: ['人民调解员', '律师'],
      trainingHours: 40,
      rating: 85,
      conflicts: [uscc('91440300MA5G7K2L3')],
      active: true,
      createdAt: new Date(),
    },
    {
      id: randomUUID(),
      kind: 'mediator',
      name: '何雅琴',
      orgId: org('futian-med'),
      regionCode: '440304',
      expertise: ['软件', '著作权', '商标'],
      languages: ['普通话'],
      qualifications: ['人民调解员'],
      trainingHours: 32,
      rating: 88,
      conflicts: [],
      active: true,
      createdAt: new Date(),
    },
    {
      id: randomUUID(),
      kind: 'mediator',
      name: '沈立群',
      orgId: org('hz-med'),
      regionCode: '330100',
      expertise: ['新材料', '化工', '专利'],
      languages: ['普通话', '吴语'],
      qualifications: ['人民调解员', '高级工程师'],
      trainingHours: 56,
      rating: 90,
      conflicts: [],
      active: true,
      createdAt: new Date(),
    },
    {
      id: randomUUID(),
      kind: 'technical_investigator',
      name: '邓志远',
      orgId: org('sz-ppc'),
      regionCode: '440300',
      expertise: ['G01S', '雷达', '通信'],
      languages: ['普通话'],
      qualifications: ['技术调查官', '高级工程师'],
      trainingHours: 48,
      rating: 95,
      conflicts: [],
      active: true,
      createdAt: new Date(),
    },
    {
      id: randomUUID(),
      kind: 'technical_investigator',
      name: '俞晓岚',
      orgId: org('zj-ppc'),
      regionCode: '330000',
      expertise: ['H10K', '显示', '材料'],
      languages: ['普通话'],
      qualifications: ['技术调查官'],
      trainingHours: 40,
      rating: 91,
      conflicts: [],
      active: true,
      createdAt: new Date(),
    },
  ]);
  const respondent = (name: string, body: string) => ({
    role: 'respondent',
    kind: 'enterprise',
    name,
    uscc: uscc(body),
  });
  const regions = [
    {
      key: 'nanshan',
      med: 'nanshan-med',
      name: '南山',
      patent: PATENT_NANSHAN,
      holder: { name: '深圳市星河智联科技有限公司', uscc: uscc('91440300MA5G7K2L3') },
      resp: respondent('深圳市南山区优品数码商行', '92440300MA5K3R7T1'),
    },
    {
      key: 'futian',
      med: 'futian-med',
      name: '福田',
      patent: PATENT_NANSHAN,
      holder: { name: '深圳市星河智联科技有限公司', uscc: uscc('91440300MA5G7K2L3') },
      resp: respondent('深圳市福田区华强电子经营部', '92440300MA5L6N2P4'),
    },
    {
      key: 'hz',
      med: 'hz-med',
      name: '杭州',
      patent: PATENT_HANGZHOU,
      holder: { name: '杭州钱塘新材料股份有限公司', uscc: uscc('913301007442B5R61') },
      resp: respondent('杭州某光电科技有限公司', '91330100MA2H8W4Y7'),
    },
  ];
  for (const r of regions) {
    const handling = org(r.key);
    // An overdue lead check: received in September, the 15 working days long past.
    await demoCase(
      tx,
      'enforcement',
      handling,
      '2026-09-01',
      {
        title: `${r.name}销售假冒注册商标蓝牙耳机线索`,
        facts: enforcementFacts('权利人投诉销售假冒注册商标蓝牙耳机'),
        parties: [r.resp],
      },
      [],
    );
    await demoCase(
      tx,
      'enforcement',
      handling,
      '2026-11-16',
      {
        title: `${r.name}假冒专利标识案`,
        facts: {
          ...enforcementFacts('产品包装标注已失效专利号'),
          violationKind: 'patent_counterfeiting',
          receivedOn: '2026-11-16',
        },
        parties: [r.resp],
      },
      [
        ['file', { opinion: '线索属实，建议立案调查' }],
        [
          'propose_penalty',
          {
            violationFacts: '在产品包装上标注已终止的专利号，销售 1,200 件',
            illegalAmount: 36_000,
            proposedFine: 60_000,
            legalBasis: '《专利法》第六十八条',
          },
        ],
      ],
    );
    await demoCase(
      tx,
      'adjudication',
      handling,
      '2026-11-18',
      {
        title: `${r.holder.name}诉${r.resp.name}专利侵权纠纷`,
        facts: {
          accusedProduct: '室内定位雷达模组',
          claims: '请求责令被请求人立即停止制造、销售侵权产品',
          receivedOn: '2026-11-18',
          claimAmount: 800_000,
        },
        parties: [{ role: 'requester', kind: 'enterprise', ...r.holder }, r.resp],
        rights: [{ rightType: 'patent', number: r.patent }],
      },
      [
        ['accept', { opinion: '符合受理条件' }],
        ['serve_respondent', { servedOn: '2026-11-20' }],
      ],
    );
    await demoCase(
      tx,
      'mediation',
      org(r.med),
      '2026-11-10',
      {
        title: `${r.holder.name}与${r.resp.name}专利许可费纠纷调解`,
        facts: {
          origin: 'application',
          disputeKind: 'contract',
          field: '通信',
          claims: '就专利许可使用费达成分期支付方案',
        },
        parties: [{ role: 'applicant', kind: 'enterprise', ...r.holder }, r.resp],
        rights: [{ rightType: 'patent', number: r.patent }],
      },
      [
        ['request_consent', { deliveredOn: '2026-11-11' }],
        ['consent_given', { consentNote: '被申请人书面同意调解' }],
      ],
    );
  }
  // Supervision by the city of a Nanshan case.
  const major = await demoCase(
    tx,
    'enforcement',
    org('nanshan'),
    '2026-10-12',
    {
      title: '南山跨境电商平台销售假冒“星河”商标产品案',
      facts: enforcementFacts('涉案金额较大，涉及跨境电商平台多个店铺'),
      parties: [respondent('深圳市前海某跨境电商有限公司', '91440300MA5M9C3D5')],
    },
    [['file', { opinion: '涉案金额大，建议立案并报请督办' }]],
  );
  const city: Actor = {
    type: 'user',
    id: null,
    name: '演示数据（深圳市局督办）',
    org: {
      id: org('sz'),
      name: '深圳市市场监督管理局（深圳市知识产权局）',
      regionCode: '440300',
      level: 'city',
    },
    permissions: new Set<Permission>(PERMISSION_CODES),
    scope: ALL_SCOPE,
  };
  await superviseCase(ctx(tx, city), major.id, {
    reason: '涉案金额大、社会影响广，市局挂牌督办',
    reportEveryDays: 10,
  });
}
