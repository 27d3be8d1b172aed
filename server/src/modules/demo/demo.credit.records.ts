/**
 * Demo credit records beside the listings: a penalty case closed so that its decision became a
 * record by itself, a person's record, a repair application waiting at the repair desk, and
 * Hangzhou's records and commitment.
 */
import { systemActor } from '../../platform/access/actor.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { applyTransition, dueCalculatorFor, insertNewCase } from '../cases/index.ts';
import { applyForRepair, createManualRecord, recordCommitment } from '../credit/index.ts';
import { type Ago, DEMO_CREDIT, doc } from './demo.credit.subjects.ts';

/** An enforcement case taken to its end: closing it turns the penalty decision into a record. */
export async function penaltyCaseRecord(tx: Tx, orgId: string, ago: Ago) {
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

/** A natural person: shown publicly only as 李某, never with the identity number. */
export async function personRecord(context: ServiceContext, ago: Ago) {
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
export async function pendingRepair(context: ServiceContext, ago: Ago) {
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
export async function hangzhouRecords(context: ServiceContext, ago: Ago) {
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
