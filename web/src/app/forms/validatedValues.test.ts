import assert from 'node:assert/strict';
import { test } from 'node:test';
import { submitAgainIfOvertaken, validatedValues } from './validatedValues.ts';

/** A form whose validations answer in turn with the given outcomes (a value resolves, an Error rejects). */
function formAnswering(...outcomes: unknown[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    validateFields: (() => {
      const outcome = outcomes[Math.min(calls++, outcomes.length - 1)];
      return outcome instanceof Error ? Promise.reject(outcome.cause) : Promise.resolve(outcome);
    }) as never,
  };
}

const rejection = (cause: object) => new Error('rejected', { cause });
const OVERTAKEN = rejection({ outOfDate: true, errorFields: [], values: {} });
const INVALID = rejection({ outOfDate: false, errorFields: [{ name: ['date'], errors: ['必填'] }] });

test('a validation overtaken by a newer one is run again and gives the values', async () => {
  const form = formAnswering(OVERTAKEN, { date: '2026-12-08' });
  assert.deepEqual(await validatedValues(form), { date: '2026-12-08' });
  assert.equal(form.calls, 2);
});

test('a field in error ends the submit at once, even when the validation was also overtaken', async () => {
  const invalid = formAnswering(INVALID, { date: '2026-12-08' });
  assert.equal(await validatedValues(invalid), null);
  assert.equal(invalid.calls, 1);
  const both = formAnswering(
    rejection({ outOfDate: true, errorFields: [{ name: ['date'], errors: ['必填'] }] }),
  );
  assert.equal(await validatedValues(both), null);
  assert.equal(both.calls, 1);
});

test('a form overtaken again and again gives up after three validations', async () => {
  const form = formAnswering(OVERTAKEN);
  assert.equal(await validatedValues(form), null);
  assert.equal(form.calls, 3);
});

test('an onFinish form submits again only when its validation was overtaken', () => {
  let submits = 0;
  const onFailed = submitAgainIfOvertaken({ submit: () => submits++ });
  onFailed(OVERTAKEN.cause);
  assert.equal(submits, 1);
  onFailed(INVALID.cause);
  onFailed(undefined);
  assert.equal(submits, 1);
});
