import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sm3Hex } from './sm3.ts';

// Vectors from GB/T 32905-2016, Appendix A.
test('SM3 matches the standard vector for "abc"', () => {
  assert.equal(sm3Hex('abc'), '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
});

test('SM3 matches the standard vector for the 512-bit message', () => {
  assert.equal(sm3Hex('abcd'.repeat(16)), 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
});
