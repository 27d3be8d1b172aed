import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RightInput } from '@ipp/shared';
import { patentCheckCharacter } from './numbers.ts';
import { validateRight } from './validation.ts';

const patent = (over: Partial<RightInput> = {}): RightInput => ({
  type: 'patent',
  subtype: 'invention',
  number: '202110991218.8',
  publicationNumber: 'CN113783949A',
  title: '一种基于合约管理的跨链去中心化方法',
  holders: [{ name: '浙商银行股份有限公司', uscc: '91610629752144007A', regionCode: '610629' }],
  classes: ['G06F 16/27 (2019.01)', 'H04L 9/32'],
  filingDate: '2021-08-26',
  publicationDate: '2021-12-10',
  source: 'test',
  ...over,
});

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

test('a clean patent is normalized: numbers, classes, expiry from the term rule', () => {
  const result = validateRight(patent());
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.warnings, []);
  const n = result.normalized!;
  assert.equal(n.numberCanonical, '2021109912188');
  assert.equal(n.numberDisplay, '202110991218.8');
  assert.equal(n.patentNumber?.kind, 'invention');
  assert.deepEqual(n.publication, { canonical: 'CN113783949A', base: 'CN113783949', kindCode: 'A' });
  assert.deepEqual(
    n.numbers.map((k) => `${k.kind}:${k.value}`),
    ['application:2021109912188', 'publication:CN113783949A', 'publication_base:CN113783949'],
  );
  assert.deepEqual(
    n.classCodes.map((c) => [c.code, c.main]),
    [
      ['G06F 16/27', 'G06F'],
      ['H04L 9/32', 'H04L'],
    ],
  );
  assert.equal(n.classMain, 'G06F');
  assert.equal(n.expiryDate, '2041-08-25');
  assert.equal(n.expiryDerived, true);
  assert.equal(n.expiryRule?.id, 'patent.invention.2020');
  assert.equal(n.holders[0]!.kind, 'organization');
});

test('a check character of X is accepted; a wrong one names the expected character', () => {
  assert.deepEqual(validateRight(patent({ number: '202111286633.X', publicationNumber: null })).errors, []);
  const wrong = validateRight(patent({ number: '202111286633.1', publicationNumber: null }));
  assert.deepEqual(codes(wrong.errors), ['patent_number_check']);
  assert.match(wrong.errors[0]!.message, /should be X/);
  assert.equal(wrong.normalized, undefined);
});

test('the old 8-digit form; a subtype that contradicts the type digit is an error', () => {
  const old = validateRight(
    patent({ number: '88100827.3', subtype: null, publicationNumber: null, filingDate: null }),
  );
  assert.deepEqual(old.errors, []);
  assert.equal(old.normalized?.subtype, 'invention', 'derived from the type digit');
  assert.equal(old.normalized?.patentNumber?.format, 'legacy');
  const contradiction = validateRight(patent({ subtype: 'utility_model' }));
  assert.deepEqual(codes(contradiction.errors), ['subtype_contradicts_number']);
  assert.match(contradiction.errors[0]!.message, /type digit 1 .* invention, not utility_model/);
  const um = `201920123456.${patentCheckCharacter('201920123456')}`;
  assert.deepEqual(
    codes(validateRight(patent({ number: um, subtype: 'design', publicationNumber: null })).errors),
    ['subtype_contradicts_number'],
  );
  const badType = validateRight(patent({ number: `201550481495.${patentCheckCharacter('201550481495')}` }));
  assert.deepEqual(codes(badType.errors), ['patent_number_type']);
  assert.deepEqual(codes(validateRight(patent({ number: '12345' })).errors), ['patent_number_format']);
});

test('dates must be real and in order: filing ≤ publication ≤ grant', () => {
  const bad = validateRight(patent({ filingDate: '2021-02-30' }));
  assert.deepEqual(codes(bad.errors), ['date_format']);
  assert.deepEqual(fields(bad.errors), ['filingDate']);
  const order = validateRight(patent({ publicationDate: '2021-01-01', grantDate: '2020-12-01' }));
  assert.deepEqual(fields(order.errors), ['publicationDate', 'grantDate', 'grantDate']);
  assert.ok(order.errors.every((e) => e.code === 'date_order'));
});

test('Nice classes are 1–45, written as two digits', () => {
  const mark: RightInput = {
    type: 'trademark',
    number: '第 5169753 号',
    title: 'LANYI',
    holders: [{ name: '张三' }],
    classes: ['9', '009', '第35类'],
    grantDate: '2017-03-28',
    source: 'test',
  };
  const ok = validateRight(mark);
  assert.deepEqual(ok.errors, []);
  assert.deepEqual(
    ok.normalized?.classCodes.map((c) => c.code),
    ['09', '35'],
  );
  assert.equal(ok.normalized?.numberCanonical, '5169753');
  assert.equal(ok.normalized?.expiryDate, '2027-03-27');
  const out = validateRight({ ...mark, classes: ['46'] });
  assert.deepEqual(codes(out.errors), ['nice_range']);
  assert.equal(out.errors[0]!.field, 'classes[0]');
  assert.deepEqual(codes(validateRight({ ...mark, classes: ['nine'] }).errors), ['nice_format']);
});

test('IPC and Locarno shapes', () => {
  assert.deepEqual(codes(validateRight(patent({ classes: ['Z06F 16/27'] })).errors), ['ipc_format']);
  assert.deepEqual(codes(validateRight(patent({ classes: ['G06 16/27'] })).errors), ['ipc_format']);
  const design = validateRight(
    patent({
      number: `202130123456.${patentCheckCharacter('202130123456')}`,
      subtype: 'design',
      publicationNumber: null,
      classes: ['14-03', '14–02 (13)'],
    }),
  );
  assert.deepEqual(design.errors, []);
  assert.deepEqual(
    design.normalized?.classCodes.map((c) => [c.code, c.main]),
    [
      ['14-03', '14'],
      ['14-02', '14'],
    ],
  );
  assert.equal(design.normalized?.expiryDate, '2036-08-25', '15 years for a design filed in 2021-08');
  const bad = validateRight(
    patent({
      number: design.normalized!.number,
      subtype: 'design',
      publicationNumber: null,
      classes: ['1403x', '45-01'],
    }),
  );
  assert.deepEqual(codes(bad.errors), ['locarno_format', 'locarno_range']);
});

test('holders: USCC check character, region mismatch, missing USCC, identity numbers', () => {
  const badCheck = validateRight(patent({ holders: [{ name: '某某有限公司', uscc: '91610629752144007B' }] }));
  assert.deepEqual(fields(badCheck.errors), ['holders[0].uscc']);
  assert.match(badCheck.errors[0]!.message, /should be A/);
  const elsewhere = validateRight(
    patent({ holders: [{ name: '某某有限公司', uscc: '91610629752144007A', regionCode: '610527' }] }),
  );
  assert.deepEqual(codes(elsewhere.warnings), ['uscc_region_mismatch']);
  assert.deepEqual(elsewhere.errors, []);
  const fallback = validateRight(
    patent({ regionCode: '330109', holders: [{ name: '某公司', uscc: '91610629752144007A' }] }),
  );
  assert.match(fallback.warnings[0]!.message, /another province/);
  const missing = validateRight(
    patent({
      holders: [
        { name: '紫阳县龙潭茶厂' },
        { name: '叶建鑫', idNumber: '11010519491231002X' },
        { name: '三星显示有限公司', countryCode: 'KR' },
        { name: 'HARPER Inc.', countryCode: 'US' },
      ],
    }),
  );
  assert.deepEqual(
    missing.warnings.map((w) => `${w.field}:${w.code}`),
    ['holders[0].uscc:uscc_missing', 'holders[1].idNumber:id_number_protected'],
  );
  assert.equal(missing.normalized?.holders[1]?.kind, 'person');
});

test('region codes must exist; retired codes are accepted with a warning', () => {
  assert.deepEqual(codes(validateRight(patent({ regionCode: '619999' })).errors), ['region_unknown']);
  const retired = validateRight(patent({ regionCode: '610322', holders: [{ name: '张三' }] }));
  assert.deepEqual(codes(retired.warnings), ['region_retired']);
  assert.match(retired.warnings[0]!.message, /凤翔县.*610305/);
});

test('required fields, and a GI needs no holder', () => {
  const empty = validateRight(patent({ number: ' ', title: '', holders: [] }));
  assert.deepEqual(fields(empty.errors), ['number', 'title', 'holders']);
  const gi = validateRight({
    type: 'gi',
    subtype: 'product_gi',
    number: '西凤酒',
    title: '西凤酒',
    holders: [],
    source: 't',
  });
  assert.deepEqual(gi.errors, []);
  assert.equal(gi.normalized?.expiryDate, null);
  assert.deepEqual(codes(validateRight({ ...patent(), type: 'song' as never }).errors), ['type_unknown']);
});

test('a stated expiry that differs from the rule is kept, with a warning', () => {
  const result = validateRight(patent({ expiryDate: '2042-01-10' }));
  assert.deepEqual(codes(result.warnings), ['expiry_differs']);
  assert.equal(result.normalized?.expiryDate, '2042-01-10');
  assert.equal(result.normalized?.expiryDerived, false);
  assert.deepEqual(validateRight(patent({ expiryDate: '2041-08-25' })).warnings, []);
});

test('IC layouts: creation before filing; filing within 2 years of first commercial use', () => {
  const ic: RightInput = {
    type: 'ic_layout',
    number: 'BS.215500123',
    title: '芯片布图',
    holders: [{ name: '某集成电路有限公司', uscc: '91610629752144007A' }],
    creationDate: '2017-06-01',
    firstCommercialUseDate: '2018-01-01',
    filingDate: '2019-12-31',
    source: 't',
  };
  const ok = validateRight(ic);
  assert.deepEqual(ok.errors, []);
  assert.equal(ok.normalized?.numberCanonical, 'BS215500123');
  assert.equal(ok.normalized?.expiryDate, '2027-12-31');
  const late = validateRight({ ...ic, filingDate: '2020-01-01' });
  assert.deepEqual(codes(late.errors), ['ic_commercial_use_bar']);
  assert.match(late.errors[0]!.message, /第十七条/);
  assert.deepEqual(codes(validateRight({ ...ic, creationDate: '2020-02-01' }).errors), [
    'date_order',
    'date_order',
  ]);
});

test('numbers of other offices are kept as written, without CN checks', () => {
  const result = validateRight(
    patent({ number: 'US13797521', publicationNumber: null, subtype: 'invention' }),
  );
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.normalized?.numbers, [{ kind: 'foreign', value: 'US13797521' }]);
});
