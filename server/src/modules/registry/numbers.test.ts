import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  lookupKeys,
  parsePatentApplicationNumber,
  parsePublicationNumber,
  patentCheckCharacter,
} from './numbers.ts';

test('real application numbers pass, in any common form', () => {
  for (const raw of [
    '201510481495.9',
    'CN201510481495.9',
    'ZL 2015 1 0481495.9',
    '2015104814959',
    'zl201510481495.9',
  ]) {
    const result = parsePatentApplicationNumber(raw);
    assert.ok(result.ok, raw);
    assert.equal(result.number.canonical, '2015104814959');
    assert.equal(result.number.display, '201510481495.9');
    assert.equal(result.number.kind, 'invention');
  }
});

test('a check character of X', () => {
  const result = parsePatentApplicationNumber('202111286633.X');
  assert.ok(result.ok);
  assert.equal(result.number.canonical, '202111286633X');
  assert.equal(patentCheckCharacter('202111286633'), 'X');
  const lower = parsePatentApplicationNumber('202111286633.x');
  assert.ok(lower.ok, 'a lower-case x is the same number');
});

test('PCT national-phase numbers (type 8) are inventions', () => {
  const result = parsePatentApplicationNumber('200880114428.1');
  assert.ok(result.ok);
  assert.equal(result.number.pct, true);
  assert.equal(result.number.kind, 'invention');
});

test('the old 8-digit form uses weights 2 to 9', () => {
  // 88100827: 2·8+3·8+4·1+5·0+6·0+7·8+8·2+9·7 = 179; 179 mod 11 = 3
  assert.equal(patentCheckCharacter('88100827'), '3');
  const result = parsePatentApplicationNumber('88100827.3');
  assert.ok(result.ok);
  assert.equal(result.number.format, 'legacy');
  assert.equal(result.number.kind, 'invention');
  const utility = parsePatentApplicationNumber(`93200512.${patentCheckCharacter('93200512')}`);
  assert.ok(utility.ok);
  assert.equal(utility.number.kind, 'utility_model');
});

test('a wrong check character, a bad type digit and a bad shape are told apart', () => {
  const wrong = parsePatentApplicationNumber('202111286633.1');
  assert.equal(wrong.ok, false);
  assert.equal(!wrong.ok && wrong.problem, 'check');
  assert.match(!wrong.ok ? wrong.message : '', /should be X/);
  const type = parsePatentApplicationNumber(`201550481495.${patentCheckCharacter('201550481495')}`);
  assert.equal(!type.ok && type.problem, 'type');
  assert.equal((parsePatentApplicationNumber('12345') as { problem: string }).problem, 'format');
});

test('publication numbers keep their kind code apart', () => {
  assert.deepEqual(parsePublicationNumber('CN 113781974 A'), {
    canonical: 'CN113781974A',
    base: 'CN113781974',
    kindCode: 'A',
  });
  assert.deepEqual(parsePublicationNumber('cn115212463a')?.base, 'CN115212463');
});

test('lookup keys cover an application number typed without its check character', () => {
  assert.ok(lookupKeys('patent', '202111286633').includes('202111286633X'));
  assert.ok(lookupKeys('patent', 'CN113781974A').includes('CN113781974'));
  assert.deepEqual(lookupKeys('trademark', '第 12345678 号'), ['12345678']);
  assert.deepEqual(lookupKeys('ic_layout', 'BS.215500123'), ['BS215500123']);
});
