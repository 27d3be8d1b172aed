import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUscc, usccCheckCharacter } from './uscc.ts';

// Published codes of real organizations (GB 32100-2015 examples and public registrations).
const REAL = ['91350100M000100Y43', '91110000600037341L', '914403001922038216', '11100000000013127D'];

test('real USCCs pass the check character', () => {
  for (const code of REAL) assert.deepEqual(checkUscc(code).valid, true, code);
});

test('the region code is read from characters 3–8', () => {
  assert.equal(checkUscc('914403001922038216').regionCode, '440300');
});

test('a changed check character is refused and the expected one named', () => {
  const result = checkUscc('914403001922038217');
  assert.equal(result.valid, false);
  assert.equal(result.problem, 'check');
  assert.equal(result.expectedCheck, '6');
});

test('length and charset problems are told apart; I, O, S, V, Z are not in the alphabet', () => {
  assert.equal(checkUscc('91440300192203821').problem, 'length');
  assert.equal(checkUscc('91440300I92203821X').problem, 'charset');
  assert.equal(checkUscc('9144030O1922038216').problem, 'charset');
});

test('input is trimmed and upper-cased', () => {
  assert.equal(checkUscc(' 91110000600037341l ').valid, true);
});

test('a sum that is a multiple of 31 gives the check character 0', () => {
  // Search a body whose weighted sum is ≡ 0 (mod 31): its check must be '0', not '31'.
  for (let n = 0; n < 100000; n++) {
    const body = `9144030000000${String(n).padStart(4, '0')}`;
    if (usccCheckCharacter(body) === '0') {
      assert.equal(checkUscc(`${body}0`).valid, true);
      return;
    }
  }
  assert.fail('no body with check 0 found');
});
