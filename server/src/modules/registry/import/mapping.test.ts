import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { BUILTIN_MAPPINGS, checkMappingDefinition, parseFile, resolveMapping } from './index.ts';
import { mapRow } from './mapping.ts';
import { countryFromAddress, looksLikeOrganization, regionFromAddress } from './reference.ts';
import type { MappingDefinition, ParsedRow } from './types.ts';
import { readDate } from './values.ts';

const dir = mkdtempSync(join(tmpdir(), 'ipp-mapping-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ctx = { source: 'test' };

test('constants, templates, split, prefix, map, nullIf, explicit date order and fallback', () => {
  const mapping: MappingDefinition = {
    name: 'm',
    description: 'test',
    fields: {
      type: { const: 'trademark' },
      subtype: {
        column: '种类',
        transforms: [{ op: 'map', values: { 集体: 'collective_mark' }, otherwise: 'trademark' }],
      },
      number: { column: 'reg', transforms: [{ op: 'prefix', value: 'TM' }] },
      title: { template: '{名称}（{英文}）' },
      holders: { column: '权利人', transforms: [{ op: 'split', separator: '/' }] },
      classes: 'classes',
      grantDate: { column: 'date', transforms: [{ op: 'date', format: 'D/M/YYYY' }] },
      expiryDate: {
        column: '到期',
        transforms: [{ op: 'nullIf', values: ['-', '无'] }],
        fallback: { column: 'end' },
      },
      'data.note': { column: '备注', transforms: [{ op: 'upper' }, { op: 'suffix', value: '!' }] },
    },
  };
  const row = mapRow(
    mapping,
    {
      种类: '集体',
      reg: '5169753',
      名称: '蓝翼',
      英文: 'LANYI',
      权利人: '甲公司 / 乙合作社',
      classes: '9，35、42',
      date: '28/3/2017',
      到期: '-',
      end: '2027年3月27日',
      备注: 'ok',
    },
    ctx,
  );
  assert.deepEqual(row.issues, []);
  assert.deepEqual(row.record, {
    type: 'trademark',
    subtype: 'collective_mark',
    number: 'TM5169753',
    title: '蓝翼（LANYI）',
    holders: [{ name: '甲公司' }, { name: '乙合作社' }],
    classes: ['9', '35', '42'],
    grantDate: '2017-03-28',
    expiryDate: '2027-03-27',
    source: 'test',
  });
  assert.deepEqual(row.data, { note: 'OK!' });
});

test('dates people write: ISO, slashes, dots, compact, Chinese, with a time; partial ones are told apart', () => {
  for (const written of [
    '2014-01-01',
    '2014/1/1',
    '2014.01.01',
    '20140101',
    '2014年1月1日',
    '２０１４年１月１日',
    '2014-01-01T08:00:00+08:00',
  ]) {
    assert.deepEqual(readDate(written), { ok: true, value: '2014-01-01' }, written);
  }
  assert.deepEqual(readDate('2003'), { ok: false, problem: 'year_only', year: 2003 });
  assert.deepEqual(readDate('2003年5月'), { ok: false, problem: 'month_only', year: 2003 });
  assert.deepEqual(readDate('2014-02-30'), { ok: false, problem: 'unreadable' });
  assert.deepEqual(readDate(41640), { ok: true, value: '2014-01-01' }, 'an Excel serial');
  assert.equal(readDate(''), null);
});

test('group by: one record per key, a member per row, failures on their own line', async () => {
  const path = join(dir, 'users.csv');
  writeFileSync(
    path,
    [
      'gi,enterprise,uscc,code,date',
      '西凤酒,陕西西凤酒股份有限公司,91610300220603003T,610322,2004-02-19',
      '陕西苹果,延安果业集团公司,91610629752144007A,610629,2004年2月19日',
      '西凤酒,,,610322,2004-02-19',
      '西凤酒,凤翔县某酒厂,,610322,2004',
    ].join('\n'),
  );
  const mapping: MappingDefinition = {
    name: 'users',
    description: 'test',
    type: 'gi',
    fields: {
      number: 'gi',
      title: 'gi',
      'user.name': 'enterprise',
      'user.uscc': 'uscc',
      'user.regionCode': 'code',
      'user.date': 'date',
    },
    groupBy: { key: ['number'], collect: 'authorizedUsers' },
  };
  const out: ParsedRow[] = [];
  for await (const row of parseFile(path, { mapping })) out.push(row);
  assert.deepEqual(
    out.map((r) => [r.line, r.record?.title, r.issues.map((i) => i.code), r.memberLines]),
    [
      [2, '西凤酒', [], [2, 5]],
      [3, '陕西苹果', [], [3]],
      [4, '西凤酒', ['required'], undefined],
    ],
  );
  const xifeng = out[0]!;
  assert.equal(xifeng.merge, 'authorizedUsers');
  assert.deepEqual(
    xifeng.record?.authorizedUsers?.map((u) => [u.name, u.date ?? null]),
    [
      ['陕西西凤酒股份有限公司', '2004-02-19'],
      ['凤翔县某酒厂', null],
    ],
  );
  assert.deepEqual(
    xifeng.warnings.map((w) => [w.field, w.code]),
    [['authorizedUsers[1].date', 'date_partial']],
  );
  assert.match(xifeng.warnings[0]!.message, /^line 5: /);
});

test('built-in mappings resolve by name and pass their own check', () => {
  assert.deepEqual(Object.keys(BUILTIN_MAPPINGS).sort(), ['shaanxi-gi-enterprises', 'shaanxi-gi-products']);
  for (const [name, mapping] of Object.entries(BUILTIN_MAPPINGS)) {
    assert.equal(resolveMapping(name), mapping);
    assert.deepEqual(
      checkMappingDefinition(JSON.parse(JSON.stringify(mapping))),
      [],
      `${name} is plain JSON`,
    );
  }
  assert.equal(resolveMapping('nope'), undefined);
  assert.equal(resolveMapping('toString'), undefined);
});

test('a user mapping with mistakes is refused with reasons', () => {
  const problems = checkMappingDefinition({
    name: 'Bad Name',
    description: 'x',
    type: 'song',
    fields: {
      numbr: 'a',
      title: { transforms: [{ op: 'shout' }] },
      'data.ok': 'b',
      regionCode: { column: 'c', transforms: [{ op: 'replace', pattern: '(', with: '' }] },
    },
    groupBy: { key: ['nope'], collect: 'holders' },
  });
  assert.deepEqual(problems, [
    'name: lower-case letters, digits and -',
    'type: one of patent, trademark, ic_layout, gi',
    'fields.numbr: not a target field',
    'fields.title: give a column, a template or a const',
    'fields.title: unknown transform shout',
    'fields.regionCode: bad pattern (',
    'groupBy.key: nope is not a field',
    'groupBy.collect: authorizedUsers',
  ]);
});

test('addresses give regions; foreign addresses give countries', () => {
  assert.equal(regionFromAddress('311200 浙江省杭州市萧山区鸿宁路1788号'), '330109');
  assert.equal(regionFromAddress('100176 北京市经济技术开发区永昌北路11号'), '110000');
  assert.equal(regionFromAddress('北京市北京市大兴区'), '110115');
  assert.equal(regionFromAddress('陕西省洛川县城北'), '610629', 'a county named without its city');
  assert.equal(regionFromAddress('325000 浙江省温州市瓯海区巨溪镇'), '330304');
  assert.equal(regionFromAddress('美国印第安纳州'), null);
  assert.equal(countryFromAddress('韩国京畿道果川市'), 'KR');
  assert.equal(countryFromAddress('650231 云南省昆明市'), null);
  assert.ok(looksLikeOrganization('紫阳县焕古镇扶贫开发中心茶叶机制场'));
  assert.ok(looksLikeOrganization('Shenzhen Fengniao E-Commerce Co.,Ltd'));
  assert.ok(!looksLikeOrganization('叶建鑫'));
  assert.ok(!looksLikeOrganization('张行'), 'a two-character name ending in 行 is a person');
});
