import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRegionInScope, scopeOfRegion } from './scope.ts';

test('a province scope covers its cities and counties and nothing else', () => {
  const gd = scopeOfRegion('440000', 'province');
  assert.ok(isRegionInScope(gd, '440000'));
  assert.ok(isRegionInScope(gd, '440300'));
  assert.ok(isRegionInScope(gd, '440305'));
  assert.ok(!isRegionInScope(gd, '450100'));
  assert.ok(!isRegionInScope(gd, '330100'));
});

test('a city scope covers its districts but not its province or a sibling city', () => {
  const sz = scopeOfRegion('440300', 'city');
  assert.ok(isRegionInScope(sz, '440305'));
  assert.ok(isRegionInScope(sz, '440304'));
  assert.ok(!isRegionInScope(sz, '440000'));
  assert.ok(!isRegionInScope(sz, '440100'));
});

test('a county scope is the county alone; neighbours do not see each other', () => {
  const nanshan = scopeOfRegion('440305', 'county');
  assert.ok(isRegionInScope(nanshan, '440305'));
  assert.ok(!isRegionInScope(nanshan, '440304'));
  assert.ok(!isRegionInScope(nanshan, '440300'));
});

test('the national level sees everything', () => {
  const all = scopeOfRegion('000000', 'national');
  assert.equal(all.kind, 'all');
  assert.ok(isRegionInScope(all, '650100'));
});

test('a county directly under a province (429004 仙桃) is inside the province scope', () => {
  assert.ok(isRegionInScope(scopeOfRegion('420000', 'province'), '429004'));
  assert.ok(!isRegionInScope(scopeOfRegion('420100', 'city'), '429004'));
});
