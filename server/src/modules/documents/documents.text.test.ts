import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ADJUDICATION_PARTIES, MEDIATION_PARTIES, sampleInput } from './documents.test-fixtures.ts';
import { DOCUMENT_TEMPLATE_IDS, type DocumentTemplateId, documentText, documentTitle } from './index.ts';

/** Wording each document must carry: its title, the law it cites, the periods it states. */
const WORDING: Record<DocumentTemplateId, string[]> = {
  filing_approval: [
    '立案审批表',
    '案件来源：投诉',
    '承办人意见：建议立案调查',
    '负责人审批意见：',
    '立案条件',
  ],
  no_filing_notice: ['不予立案告知书', '王小红：', '本局决定不予立案', '特此告知'],
  acceptance_notice: ['受理通知书', '广州鸿图光电股份有限公司：', '本局决定自2026年2月25日起予以受理'],
  rejection_notice: [
    '不予受理通知书',
    '本局决定不予受理',
    '六十日内依法申请行政复议',
    '六个月内依法向人民法院提起行政诉讼',
  ],
  correction_notice: [
    '补正通知书',
    '1. 专利权有效的证明',
    '2. 被请求人的主体资格证明',
    '于2026年3月10日前补正',
  ],
  defence_notice: [
    '答辩通知书',
    '深圳市星河智联科技有限公司：',
    '广州鸿图光电股份有限公司就',
    '十五日内向本局提交答辩书',
  ],
  penalty_notice: [
    '行政处罚告知书',
    '《中华人民共和国行政处罚法》第六十二条、第六十三条、第六十四条',
    '《市场监督管理行政处罚程序规定》第五十七条',
    '陈述、申辩',
    '五个工作日内',
    '有权要求举行听证',
    '一、罚款人民币150,000元',
    '二、没收侵权蓝牙耳机320副',
  ],
  hearing_notice: ['听证通知书', '2026年3月20日9时30分', '本局三楼听证室', '委托一至二人代理', '申请回避'],
  penalty_decision: [
    '行政处罚决定书',
    '六十日内依照《中华人民共和国行政复议法》',
    '向深圳市南山区人民政府申请行政复议',
    '六个月内依照《中华人民共和国行政诉讼法》',
    '向深圳市南山区人民法院提起行政诉讼',
    '十五日内',
    '每日按罚款数额的百分之三加处罚款',
    '不停止执行',
  ],
  no_penalty_decision: ['不予行政处罚决定书', '不予行政处罚', '六十日内', '六个月内', '有管辖权的人民法院'],
  transfer_letter: [
    '涉嫌犯罪案件移送书',
    '深圳市公安局南山分局：',
    '《行政执法机关移送涉嫌犯罪案件的规定》第三条',
    '人民币86,000元',
  ],
  assistance_letter: [
    '协助调查函',
    '深圳市福田区市场监督管理局：',
    '1. 核实当事人在福田区仓库的库存情况',
    '2026年3月31日前',
  ],
  supervision_notice: ['督办通知书', '本局决定对该案进行督办', '一、依法从快查处', '2026年4月30日前'],
  suspension_notice: [
    '中止通知书',
    '涉案专利的无效宣告请求已被受理',
    '自2026年3月12日起中止办理本案',
    '不计入案件办理期限',
  ],
  resumption_notice: ['恢复审理通知书', '本局于2026年3月12日中止办理的', '自2026年3月5日起恢复审理'],
  adjudication_decision: [
    '专利侵权纠纷行政裁决书',
    '请求人称',
    '被请求人辩称',
    '一、被请求人的被控侵权行为构成对涉案专利权的侵犯',
    '二、责令被请求人立即停止侵权行为',
    '《中华人民共和国专利法》第六十五条',
    '自收到本裁决书之日起十五日内依照《中华人民共和国行政诉讼法》向人民法院起诉',
  ],
  mediation_agreement: [
    '调解协议书',
    '一、被申请人于2026年4月30日前向申请人支付赔偿金',
    '《中华人民共和国人民调解法》第三十三条',
    '《中华人民共和国民事诉讼法》第二百零五条',
    '自本协议生效之日起三十日内共同向人民法院申请司法确认',
    '申请人：广州鸿图光电股份有限公司　　（签字或盖章）',
    '调解员：孙调解',
  ],
  mediation_termination: ['调解终止通知书', '本局决定终止调解', '《中华人民共和国民事诉讼法》向人民法院起诉'],
  closing_report: ['结案审批表', '结案报告：行政处罚决定已执行完毕', '执行情况：', '负责人审批意见：'],
};

test('every document carries its wording, header, parties and seal line', () => {
  for (const id of DOCUMENT_TEMPLATE_IDS) {
    const input = sampleInput(id);
    const text = documentText(input);
    const lines = text.split('\n');
    assert.equal(lines[0], '深圳市南山区市场监督管理局', `${id}: authority first`);
    assert.equal(lines[1], documentTitle(input), `${id}: then the title`);
    assert.equal(lines[2], input.documentNumber, `${id}: then the number`);
    assert.ok(text.endsWith('深圳市南山区市场监督管理局\n2026年3月5日\n'), `${id}: seal line last`);
    assert.ok(text.includes(input.parties[0]?.name ?? '?'), `${id}: party`);
    for (const expected of WORDING[id])
      assert.ok(text.includes(expected), `${id}: «${expected}» in\n${text}`);
    assert.ok(!text.includes('＿'), `${id}: no blanks in a complete document`);
    assert.ok(!/[。；，][。；]/.test(text), `${id}: no doubled punctuation`);
  }
});

test('an optional sentence without its value is left out', () => {
  const input = sampleInput('penalty_notice');
  input.fields = { ...input.fields, evidence: undefined, hearingEligible: false, contactPhone: null };
  const text = documentText(input);
  assert.ok(!text.includes('等证据为证'));
  assert.ok(!text.includes('听证'));
  assert.ok(!text.includes('联系电话'));
  assert.ok(text.includes('联系人：张执法'));
});

test('a preview shows a missing required value as a blank', () => {
  const input = sampleInput('penalty_decision');
  input.fields = { ...input.fields, legalBasis: undefined };
  assert.ok(documentText(input).includes('依据＿＿＿＿的规定'));
});

test('the appeal paragraph names the bodies when given, else still gives route and period', () => {
  const input = sampleInput('penalty_decision');
  input.fields = { ...input.fields, reviewBody: undefined, court: '' };
  const text = documentText(input);
  assert.ok(text.includes('六十日内依照《中华人民共和国行政复议法》的规定向行政复议机关申请行政复议'));
  assert.ok(text.includes('六个月内依照《中华人民共和国行政诉讼法》的规定向有管辖权的人民法院提起行政诉讼'));
});

test('fine payment: a named account, else the bank or electronic payment; no fine, no sentence', () => {
  const input = sampleInput('penalty_decision');
  input.fields = { ...input.fields, paymentAccount: '深圳市非税收入汇缴结算户' };
  assert.ok(documentText(input).includes('将罚款人民币150,000元缴至深圳市非税收入汇缴结算户。'));
  input.fields = { ...input.fields, fine: 0 };
  const text = documentText(input);
  assert.ok(!text.includes('缴纳罚款') && !text.includes('百分之三'));
  assert.ok(text.includes('没收侵权蓝牙耳机320副'));
});

test('only the masked identity number is printed, even when a full one is passed', () => {
  const input = sampleInput('no_filing_notice');
  assert.ok(documentText(input).includes('身份证件号码：4403**********1234'));
  input.parties = [{ role: 'complainant', name: '王小红', idNumberMasked: '440305199001011234' }];
  const text = documentText(input);
  assert.ok(!text.includes('440305199001011234'));
  assert.ok(text.includes('身份证件号码：4403**********1234'));
});

test('the respondent is 当事人 in enforcement, 被请求人 in adjudication, 被申请人 in mediation', () => {
  assert.ok(documentText(sampleInput('penalty_decision')).includes('当事人：深圳市星河智联科技有限公司'));
  assert.ok(
    documentText(sampleInput('adjudication_decision')).includes('被请求人：深圳市星河智联科技有限公司'),
  );
  assert.ok(documentText(sampleInput('adjudication_decision')).includes('委托代理人：赵律师'));
  assert.ok(
    documentText(sampleInput('mediation_agreement')).includes('被申请人：深圳市星河智联科技有限公司'),
  );
  const roles = [...ADJUDICATION_PARTIES, ...MEDIATION_PARTIES].map((p) => p.role);
  assert.ok(roles.includes('respondent'));
});

test('titles change with the case: oral hearing, and a transfer that is not a crime', () => {
  const oral = sampleInput('hearing_notice', { parties: ADJUDICATION_PARTIES });
  oral.fields = { ...oral.fields, oralHearing: true, panelMembers: '张审理、刘审理、周审理' };
  const text = documentText(oral);
  assert.equal(documentTitle(oral), '口头审理通知书');
  assert.ok(text.includes('进行口头审理') && text.includes('对请求人按撤回请求处理'));
  assert.ok(!text.includes('第六十四条'), 'the penalty-hearing rules are not cited');
  assert.ok(text.startsWith('深圳市南山区市场监督管理局\n口头审理通知书\n'));

  const transfer = sampleInput('transfer_letter');
  transfer.fields = {
    ...transfer.fields,
    suspectedCrime: undefined,
    recipient: '深圳市宝安区市场监督管理局',
  };
  assert.equal(documentTitle(transfer), '案件移送函');
  const letter = documentText(transfer);
  assert.ok(letter.includes('现将该案移送你单位依法处理') && letter.includes('请将处理结果函告本局'));
  assert.ok(!letter.includes('刑事责任'));
});

test('an ownership agreement offers no judicial confirmation (民诉法解释 第三百五十五条)', () => {
  const input = sampleInput('mediation_agreement');
  input.fields = { ...input.fields, disputeKind: 'ownership' };
  const text = documentText(input);
  assert.ok(text.includes('纠纷类型：权属纠纷'));
  assert.ok(!text.includes('司法确认'));
});

test('the adjudication ruling follows the outcome, or the items given', () => {
  const dismissed = sampleInput('adjudication_decision');
  dismissed.fields = { ...dismissed.fields, outcome: 'not_found', orderToStop: false };
  const text = documentText(dismissed);
  assert.ok(text.includes('裁决如下：\n　　驳回请求人的处理请求。'));
  assert.ok(!text.includes('停止侵权行为。'));
  const explicit = sampleInput('adjudication_decision');
  explicit.fields = {
    ...explicit.fields,
    decision: ['被请求人立即停止制造涉案产品', '驳回请求人的其他请求'],
  };
  const items = documentText(explicit);
  assert.ok(items.includes('一、被请求人立即停止制造涉案产品\n　　二、驳回请求人的其他请求'));
  assert.ok(!items.includes('构成对涉案专利权的侵犯'));
});

test('the defence period is thirty days for a respondent without a domicile in China', () => {
  const input = sampleInput('defence_notice');
  input.fields = { ...input.fields, foreignRespondent: true };
  const text = documentText(input);
  assert.ok(text.includes('三十日内向本局提交答辩书'));
  assert.ok(!text.includes('十五日内'));
});

test("the case engine's codes print as words; fields it does not declare are ignored", () => {
  const input = sampleInput('suspension_notice');
  input.fields = {
    ...input.fields,
    suspensionGround: 'force_majeure',
    panelMembers: 'x',
    mediationOrgId: 'y',
  };
  const text = documentText(input);
  assert.ok(text.includes('因不可抗力不能继续办理'));
  assert.ok(!text.includes('force_majeure') && !text.includes('mediationOrgId'));
});

test("list text is one item a line, and numbers typed by the user give way to the document's", () => {
  const input = sampleInput('mediation_agreement');
  input.fields = {
    ...input.fields,
    agreementTerms: '（一）被申请人支付1.5万元\n\n2、被申请人停止销售\n三、各方不再追究',
  };
  const text = documentText(input);
  assert.ok(text.includes('一、被申请人支付1.5万元\n　　二、被申请人停止销售\n　　三、各方不再追究'), text);
});
