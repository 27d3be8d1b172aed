import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleInput } from './documents.test-fixtures.ts';
import {
  chineseDate,
  DOCUMENT_TEMPLATE_IDS,
  DOCUMENT_TEMPLATES,
  type DocumentTemplate,
  type DocumentTemplateId,
  formatDocumentNumber,
  missingDocumentFields,
} from './index.ts';
import { BUILT_IN_KEYS } from './templates.ts';

const ALL_IDS: DocumentTemplateId[] = [
  'filing_approval',
  'no_filing_notice',
  'acceptance_notice',
  'rejection_notice',
  'correction_notice',
  'defence_notice',
  'penalty_notice',
  'hearing_notice',
  'penalty_decision',
  'no_penalty_decision',
  'transfer_letter',
  'assistance_letter',
  'supervision_notice',
  'suspension_notice',
  'resumption_notice',
  'adjudication_decision',
  'mediation_agreement',
  'mediation_termination',
  'closing_report',
];

/** Every {key} and condition key a template's blocks name. */
function namedKeys(template: DocumentTemplate): { placeholders: string[]; conditions: string[] } {
  const json = JSON.stringify(template.body);
  const placeholders = [...json.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const conditions: string[] = [];
  JSON.parse(json, (key, value) => {
    if (key === 'when' || key === 'unless')
      conditions.push(...[value].flat().map((c: string) => c.split('=')[0] ?? ''));
    return value;
  });
  if (template.altTitle) conditions.push(template.altTitle.when);
  return { placeholders, conditions };
}

test('there is one declared template for each of the 19 documents', () => {
  assert.deepEqual([...DOCUMENT_TEMPLATE_IDS].sort(), [...ALL_IDS].sort());
  for (const id of ALL_IDS) {
    const t = DOCUMENT_TEMPLATES[id];
    assert.match(t.title, /^[\u4e00-\u9fff]+$/, `${id} has a Chinese title`);
    assert.ok(t.titleEn.length > 0, `${id} has an English title`);
    assert.ok(t.body.length > 0, `${id} has a body`);
  }
});

test('templates name only declared fields and built-in values', () => {
  const builtIn = new Set<string>(BUILT_IN_KEYS);
  for (const id of ALL_IDS) {
    const t = DOCUMENT_TEMPLATES[id];
    const declared = new Set(t.fields.map((f) => f.key));
    assert.equal(declared.size, t.fields.length, `${id}: no field declared twice`);
    for (const key of declared) assert.ok(!builtIn.has(key), `${id}: ${key} shadows a built-in value`);
    const { placeholders, conditions } = namedKeys(t);
    for (const key of placeholders) assert.ok(declared.has(key) || builtIn.has(key), `${id}: {${key}}`);
    for (const key of conditions) assert.ok(declared.has(key) || builtIn.has(key), `${id}: condition ${key}`);
    for (const group of t.oneOf ?? [])
      for (const key of group) assert.ok(declared.has(key), `${id}: oneOf ${key}`);
    if (t.addressee === 'recipient') assert.ok(declared.has('recipient'), `${id} declares its recipient`);
  }
});

test('a complete input lacks nothing, for every template', () => {
  for (const id of ALL_IDS) assert.deepEqual(missingDocumentFields(sampleInput(id)), [], id);
});

test('each required field left out is reported by its key', () => {
  for (const id of ALL_IDS) {
    for (const field of DOCUMENT_TEMPLATES[id].fields.filter((f) => f.required)) {
      const input = sampleInput(id);
      for (const empty of [undefined, null, '', '  ', []]) {
        input.fields = { ...input.fields, [field.key]: empty };
        assert.deepEqual(
          missingDocumentFields(input),
          [field.key],
          `${id}.${field.key} = ${JSON.stringify(empty)}`,
        );
      }
    }
  }
});

test('a penalty needs one of fine, confiscation or another penalty; a fine of 0 is none', () => {
  const input = sampleInput('penalty_decision');
  input.fields = { ...input.fields, fine: 0, confiscation: null, penalty: undefined };
  assert.deepEqual(missingDocumentFields(input), ['fine|confiscation|penalty']);
  input.fields = { ...input.fields, penalty: '警告' };
  assert.deepEqual(missingDocumentFields(input), []);
  const notice = sampleInput('penalty_notice');
  notice.fields = { ...notice.fields, proposedFine: undefined, confiscation: undefined, penalty: '警告' };
  assert.deepEqual(missingDocumentFields(notice), []);
  notice.fields = { ...notice.fields, penalty: undefined };
  assert.deepEqual(missingDocumentFields(notice), ['proposedFine|confiscation|penalty']);
});

test('false is a value: only a missing field is reported, not a "no"', () => {
  const input = sampleInput('hearing_notice');
  input.fields = { ...input.fields, oralHearing: false };
  assert.deepEqual(missingDocumentFields(input), []);
});

test('a document addressed to a party needs one; number, title, authority and date are checked', () => {
  assert.deepEqual(missingDocumentFields(sampleInput('penalty_notice', { parties: [] })), ['parties']);
  assert.deepEqual(
    missingDocumentFields(
      sampleInput('penalty_notice', {
        parties: [],
        fields: { ...sampleInput('penalty_notice').fields, addressee: '某公司' },
      }),
    ),
    [],
    'an explicit addressee will do',
  );
  assert.deepEqual(
    missingDocumentFields(sampleInput('transfer_letter', { parties: [] })),
    [],
    'a letter names its recipient',
  );
  const bad = sampleInput('closing_report', {
    documentNumber: ' ',
    caseTitle: '',
    authority: { name: '' },
    issuedOn: '2026-02-30',
  });
  assert.deepEqual(missingDocumentFields(bad), ['documentNumber', 'caseTitle', 'authority', 'issuedOn']);
});

test('document numbers: prefix, kind + 字, the year in 〔〕, the sequence and 号', () => {
  assert.equal(
    formatDocumentNumber({ prefix: '深南市监', kind: '知罚' }, 2026, 12),
    '深南市监知罚字〔2026〕12号',
  );
  assert.equal(formatDocumentNumber({ prefix: '粤知', kind: '裁' }, 2025, 1), '粤知裁字〔2025〕1号');
  assert.equal(
    formatDocumentNumber({ prefix: '深南市监', kind: '知罚字' }, 2026, 3),
    '深南市监知罚字〔2026〕3号',
  );
  assert.equal(formatDocumentNumber({ prefix: ' 国知 ', kind: '' }, 2026, 105), '国知〔2026〕105号');
  assert.throws(() => formatDocumentNumber({ prefix: '深南市监', kind: '罚' }, 2026, 0), RangeError);
  assert.throws(() => formatDocumentNumber({ prefix: '深南市监', kind: '罚' }, 2026, 1.5), RangeError);
  assert.throws(() => formatDocumentNumber({ prefix: '深南市监', kind: '罚' }, 26, 1), RangeError);
  assert.throws(() => formatDocumentNumber({ prefix: '', kind: '罚' }, 2026, 1), RangeError);
});

test('dates print the Chinese way, without leading zeros', () => {
  assert.equal(chineseDate('2026-03-05'), '2026年3月5日');
  assert.equal(chineseDate('2026-12-31'), '2026年12月31日');
  assert.equal(chineseDate('2026-03-20 09:30'), '2026年3月20日9时30分');
  assert.equal(chineseDate('2026-03-20T14:00'), '2026年3月20日14时');
  assert.equal(chineseDate('三月初'), '三月初');
});
