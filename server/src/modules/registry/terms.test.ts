import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addYears, expiryOf, isIsoDate, TERM_RULES, termEnd } from './terms.ts';

test('an invention runs 20 years and ends the day before the anniversary of filing', () => {
  const result = expiryOf({ type: 'patent', subtype: 'invention', filingDate: '2015-08-07' });
  assert.equal(result.date, '2035-08-06');
  assert.equal(result.rule?.id, 'patent.invention.2008');
  assert.match(result.rule?.article ?? '', /第四十二条/);
  const recent = expiryOf({ type: 'patent', subtype: 'invention', filingDate: '2021-08-26' });
  assert.equal(recent.date, '2041-08-25');
  assert.equal(recent.rule?.lawVersion, '2020');
});

test('a utility model runs 10 years from filing', () => {
  assert.equal(
    expiryOf({ type: 'patent', subtype: 'utility_model', filingDate: '2019-03-01' }).date,
    '2029-02-28',
  );
});

test('designs: 10 years for filings before 2021-06-01, 15 years from that day', () => {
  const before = expiryOf({ type: 'patent', subtype: 'design', filingDate: '2021-05-31' });
  assert.equal(before.date, '2031-05-30');
  assert.equal(before.rule?.id, 'patent.design.2008');
  const on = expiryOf({ type: 'patent', subtype: 'design', filingDate: '2021-06-01' });
  assert.equal(on.date, '2036-05-31');
  assert.equal(on.rule?.id, 'patent.design.2020');
});

test('a trademark runs 10 years from registration; each renewal adds 10 from the day after', () => {
  const plain = expiryOf({ type: 'trademark', grantDate: '2017-03-28' });
  assert.equal(plain.date, '2027-03-27');
  assert.match(plain.rule?.article ?? '', /第三十九条/);
  const renewed = expiryOf({ type: 'trademark', grantDate: '2007-03-28', renewals: ['2016-10-01'] });
  assert.equal(renewed.date, '2027-03-27');
  const twice = expiryOf({
    type: 'trademark',
    grantDate: '1997-03-28',
    renewals: ['2006-12-01', '2017-01-05'],
  });
  assert.equal(twice.date, '2027-03-27');
  const later = expiryOf({ type: 'trademark', grantDate: '2027-02-01' });
  assert.equal(later.rule?.id, 'trademark.2026');
});

test('a GI certification mark follows the trademark term; a product GI has none', () => {
  assert.equal(
    expiryOf({ type: 'gi', subtype: 'gi_certification_mark', grantDate: '2010-01-07' }).date,
    '2020-01-06',
  );
  const product = expiryOf({ type: 'gi', subtype: 'product_gi', grantDate: '2003-09-24' });
  assert.equal(product.date, null);
  assert.equal(product.rule?.id, 'gi.product');
  assert.equal(expiryOf({ type: 'gi' }).rule?.id, 'gi.product');
});

test('IC layout: 10 years from the earlier of filing and first use, capped at creation + 15', () => {
  const byUse = expiryOf({
    type: 'ic_layout',
    filingDate: '2020-05-10',
    firstCommercialUseDate: '2019-07-01',
    creationDate: '2019-01-01',
  });
  assert.equal(byUse.date, '2029-06-30');
  assert.equal(byUse.rule?.id, 'ic_layout.2001');
  const capped = expiryOf({
    type: 'ic_layout',
    filingDate: '2016-03-01',
    firstCommercialUseDate: '2015-04-01',
    creationDate: '2008-01-01',
  });
  assert.equal(capped.date, '2022-12-31', 'creation + 15 years comes first');
  const revised = expiryOf({ type: 'ic_layout', filingDate: '2026-10-15' });
  assert.equal(revised.rule?.id, 'ic_layout.2026');
  assert.equal(revised.date, '2036-10-14');
  assert.equal(expiryOf({ type: 'ic_layout', filingDate: '2026-10-14' }).rule?.id, 'ic_layout.2001');
});

test('a term starting on a leap day ends on 28 February', () => {
  assert.equal(
    expiryOf({ type: 'patent', subtype: 'invention', filingDate: '2016-02-29' }).date,
    '2036-02-28',
  );
  assert.equal(
    expiryOf({ type: 'patent', subtype: 'utility_model', filingDate: '2016-02-29' }).date,
    '2026-02-28',
  );
  assert.equal(addYears('2016-02-29', 10), '2026-03-01');
  assert.equal(termEnd('2016-02-29', 10), '2026-02-28');
  // Renewing a mark that ended on 2026-02-28: the next period starts 2026-03-01.
  assert.equal(
    expiryOf({ type: 'trademark', grantDate: '2016-02-29', renewals: ['2025-06-01'] }).date,
    '2036-02-29',
  );
});

test('no date without the act that starts the term, or without a subtype', () => {
  assert.deepEqual(expiryOf({ type: 'patent', subtype: 'invention' }), {
    date: null,
    rule: null,
    missing: 'filingDate',
  });
  assert.equal(expiryOf({ type: 'patent', filingDate: '2015-08-07' }).missing, 'subtype');
  assert.equal(expiryOf({ type: 'trademark' }).missing, 'grantDate');
});

test('every rule cites an article and a law version; versions of one kind do not overlap', () => {
  for (const rule of TERM_RULES) {
    assert.ok(rule.article && rule.lawVersion && rule.text, rule.id);
    for (const other of TERM_RULES) {
      if (other === rule || JSON.stringify(other.appliesTo) !== JSON.stringify(rule.appliesTo)) continue;
      const overlap = (rule.from ?? '') <= (other.to ?? '9999') && (other.from ?? '') <= (rule.to ?? '9999');
      assert.ok(!overlap, `${rule.id} overlaps ${other.id}`);
    }
  }
  assert.equal(isIsoDate('2015-02-29'), false);
  assert.equal(isIsoDate('2016-02-29'), true);
});
