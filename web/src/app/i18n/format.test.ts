import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chinaToday, formatDateTime } from './format.ts';

test('today is the date in China, whatever the browser’s time zone', () => {
  assert.equal(chinaToday(new Date('2026-12-07T15:59:59Z')), '2026-12-07');
  assert.equal(chinaToday(new Date('2026-12-07T16:00:00Z')), '2026-12-08', 'midnight in Beijing');
  assert.equal(chinaToday(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
});

test('times are shown in China time, as on the platform’s PDFs', () => {
  assert.equal(formatDateTime('2026-12-07T23:48:40Z', 'zh-CN'), '2026/12/08 07:48:40');
  assert.equal(formatDateTime(null, 'zh-CN'), '—');
});
