/**
 * Objections to a single credit record over HTTP: the subject's own enterprise user objects (and
 * only to its own subject's records), an officer objects on a subject's behalf, an officer in scope
 * answers — upheld revokes the record (out of the public lookup, rating recomputed) or corrects
 * it, dismissed keeps it — an officer out of scope is told the objection does not exist, and the
 * answer is due in working days counted across the National Day holiday.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { usccCheckCharacter } from '@ipp/shared';
import { like } from 'drizzle-orm';
import { beijingToday } from '../src/modules/calendar/index.ts';
import { auditLog } from '../src/platform/audit/index.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

const uscc = (body: string) => body + usccCheckCharacter(body);
const XINGHE = { kind: 'enterprise', name: '深圳市星河智联科技有限公司', uscc: uscc('91440300MA5G7K2L3') };

interface Objection {
  id: string;
  recordId: string;
  status: string;
  dueOn: string;
  answeredOn: string | null;
  resolution: string | null;
  correction: { before: Record<string, unknown>; after: Record<string, unknown> } | null;
  openListings?: string[];
}

interface RecordRow {
  id: string;
  status: string;
  summary: string;
  severity: string;
  inPublicity: boolean;
  openObjection: boolean;
  subject: { id: string };
}

/** A day `days` before today (Beijing), for decisions still in their publicity period. */
function daysAgo(days: number): string {
  const [y, m, d] = beijingToday().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

describe('objections to a credit record', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};

  before(async () => {
    platform = await createTestPlatform();
    for (const user of ['nanshan.officer', 'futian.officer', 'xinghe.user']) {
      tokens[user] = await platform.login(user);
    }
  });
  after(() => platform.close());

  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: object, status = 200) => {
    const response = await platform.as(tokens[user] as string, { method, url, payload });
    assert.equal(response.statusCode, status, `${method} ${url}: ${response.body}`);
    return response.json();
  };

  /** A record entered by the Nanshan officer through the API. */
  async function enterRecord(
    subject: { kind: string; name: string; uscc: string },
    summary: string,
    decidedOn = daysAgo(30),
  ): Promise<RecordRow> {
    return call(
      'nanshan.officer',
      'POST',
      '/api/v1/credit/records',
      {
        subject: { ...subject, regionCode: '440305' },
        category: 'penalty',
        severity: 'serious',
        legalBasis: '《商标法》第六十条第二款',
        summary,
        decidedOn,
        publicityMonths: 36,
        documents: [{ name: '行政处罚决定书', reference: '深南市监罚〔2026〕1号' }],
        regionCode: '440305',
      },
      201,
    );
  }

  const record = (id: string): Promise<RecordRow> =>
    call('nanshan.officer', 'GET', `/api/v1/credit/records/${id}`);
  const lookup = async (subject: string) => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/public/credit/lookup',
      payload: { subject },
    });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<{ subjects: { recordsInPublicity: { summary: string | null }[] }[] }>();
  };
  const ratings = async (subjectId: string) =>
    (await call('nanshan.officer', 'GET', `/api/v1/credit/ratings/${subjectId}`)).history as {
      trigger: string;
      current: boolean;
      deductions: { recordId: string | null }[];
    }[];
  const audits = (objectionId: string) =>
    platform.database.db
      .select({ action: auditLog.action, targetId: auditLog.targetId, detail: auditLog.detail })
      .from(auditLog)
      .where(like(auditLog.action, 'credit.record.%'))
      .then((rows) =>
        rows.filter(
          (r) =>
            r.targetId === objectionId ||
            (r.detail as { objectionId?: string } | null)?.objectionId === objectionId,
        ),
      );

  test('the subject’s user objects; upheld revokes the record: out of the public lookup, rating recomputed', async () => {
    const summary = '星河智联销售侵犯注册商标专用权的商品（异议测试）';
    const entered = await enterRecord(XINGHE, summary);
    const subjectId = (await record(entered.id)).subject.id;
    const found = await lookup(XINGHE.uscc);
    assert.ok(
      found.subjects[0]?.recordsInPublicity.some((r) => r.summary === summary),
      'public before',
    );
    assert.ok(
      (await ratings(subjectId)).find((r) => r.current)?.deductions.some((d) => d.recordId === entered.id),
      'the record weighs in the rating',
    );

    const objection: Objection = await call(
      'xinghe.user',
      'POST',
      `/api/v1/credit/records/${entered.id}/objections`,
      { content: '该处罚决定已被复议撤销，记录不应存在' },
      201,
    );
    assert.equal(objection.status, 'open');
    assert.equal(objection.recordId, entered.id);
    const mine = await call('xinghe.user', 'GET', `/api/v1/credit/records/${entered.id}/objections`);
    assert.deepEqual(
      mine.items.map((o: Objection) => o.id),
      [objection.id],
    );
    assert.equal(mine.canAnswer, false);
    assert.equal((await record(entered.id)).openObjection, true);

    const answer = { upheld: true, resolution: 'revoke', answer: '经核实，处罚决定已被撤销，撤销该记录' };
    const answerUrl = `/api/v1/credit/records/${entered.id}/objections/${objection.id}/answer`;
    await call('xinghe.user', 'POST', answerUrl, answer, 403);
    const outOfScope = await call('futian.officer', 'POST', answerUrl, answer, 404);
    assert.equal(outOfScope.code, 'CREDIT_OBJECTION_NOT_FOUND');
    await call('futian.officer', 'GET', `/api/v1/credit/records/${entered.id}/objections`, undefined, 404);
    await call('futian.officer', 'GET', `/api/v1/credit/records/${entered.id}`, undefined, 404);

    const answered: Objection = await call('nanshan.officer', 'POST', answerUrl, answer);
    assert.equal(answered.status, 'upheld');
    assert.equal(answered.resolution, 'revoke');
    assert.equal(answered.answeredOn, beijingToday());
    assert.deepEqual(answered.correction, { before: { status: 'active' }, after: { status: 'revoked' } });
    const after = await record(entered.id);
    assert.equal(after.status, 'revoked');
    assert.equal(after.inPublicity, false);
    assert.equal(after.openObjection, false);
    const lookedUp = await lookup(XINGHE.uscc);
    assert.ok(
      !lookedUp.subjects[0]?.recordsInPublicity.some((r) => r.summary === summary),
      'no longer public',
    );
    const current = (await ratings(subjectId)).find((r) => r.current);
    assert.equal(current?.trigger, `objection:${objection.id}`);
    assert.ok(
      !current?.deductions.some((d) => d.recordId === entered.id),
      'the revoked record no longer weighs',
    );

    assert.deepEqual((await audits(objection.id)).map((a) => a.action).sort(), [
      'credit.record.objection.submitted',
      'credit.record.objection.upheld',
      'credit.record.revoked',
    ]);
    const again = await call('nanshan.officer', 'POST', answerUrl, answer, 409);
    assert.equal(again.code, 'CREDIT_OBJECTION_NOT_ALLOWED');
    const late = await call(
      'xinghe.user',
      'POST',
      `/api/v1/credit/records/${entered.id}/objections`,
      { content: '再次异议' },
      409,
    );
    assert.equal(late.code, 'CREDIT_OBJECTION_NOT_ALLOWED', 'a revoked record takes no objection');
  });

  test('an enterprise user objects only to its own subject’s records; an officer objects on a subject’s behalf; dismissed keeps the record', async () => {
    const other = {
      kind: 'enterprise',
      name: '深圳市南山区某某贸易有限公司',
      uscc: uscc('91440300MA5H2B3C4'),
    };
    const entered = await enterRecord(other, '某某贸易销售假冒商品');
    const url = `/api/v1/credit/records/${entered.id}/objections`;
    const refused = await call('xinghe.user', 'POST', url, { content: '不是我们的记录也要异议' }, 404);
    assert.equal(refused.code, 'CREDIT_RECORD_NOT_FOUND');
    await call('xinghe.user', 'GET', url, undefined, 404);
    await call('futian.officer', 'POST', url, { content: '福田代为登记' }, 404);

    const objection: Objection = await call(
      'nanshan.officer',
      'POST',
      url,
      { content: '当事人来函：金额有误' },
      201,
    );
    const twice = await call('nanshan.officer', 'POST', url, { content: '再次提出' }, 409);
    assert.equal(twice.code, 'CREDIT_OBJECTION_NOT_ALLOWED', 'one open objection per record');
    const answerUrl = `${url}/${objection.id}/answer`;
    const missing = await call('nanshan.officer', 'POST', answerUrl, { upheld: true, answer: '成立' }, 422);
    assert.equal(missing.code, 'CREDIT_OBJECTION_INVALID', 'upheld needs revoke or correct');
    await call(
      'nanshan.officer',
      'POST',
      answerUrl,
      { upheld: false, resolution: 'revoke', answer: '不成立' },
      422,
    );
    const subjectId = (await record(entered.id)).subject.id;
    const dismissed: Objection = await call('nanshan.officer', 'POST', answerUrl, {
      upheld: false,
      answer: '经核实，处罚决定所载金额无误，异议不成立',
    });
    assert.equal(dismissed.status, 'dismissed');
    assert.equal(dismissed.resolution, null);
    const kept = await record(entered.id);
    assert.equal(kept.status, 'active');
    assert.equal(kept.inPublicity, true);
    assert.equal(kept.summary, '某某贸易销售假冒商品');
    assert.deepEqual((await audits(objection.id)).map((a) => a.action).sort(), [
      'credit.record.objection.dismissed',
      'credit.record.objection.submitted',
    ]);
    assert.ok(
      !(await ratings(subjectId)).some((r) => r.trigger === `objection:${objection.id}`),
      'a dismissed objection changes nothing to rate again',
    );
  });

  test('upheld with a correction: the record stays in publicity with the corrected content, rating recomputed', async () => {
    const other = {
      kind: 'enterprise',
      name: '深圳市南山区更正测试有限公司',
      uscc: uscc('91440300MA5J3D4E5'),
    };
    const entered = await enterRecord(other, '更正测试公司销售假冒商品，情节严重');
    const url = `/api/v1/credit/records/${entered.id}/objections`;
    const objection: Objection = await call('nanshan.officer', 'POST', url, { content: '情节不属严重' }, 201);
    const answerUrl = `${url}/${objection.id}/answer`;
    const nothing = await call(
      'nanshan.officer',
      'POST',
      answerUrl,
      { upheld: true, resolution: 'correct', answer: '更正', correction: { severity: 'serious' } },
      422,
    );
    assert.equal(nothing.code, 'CREDIT_OBJECTION_INVALID', 'a correction must change something');
    const corrected: Objection = await call('nanshan.officer', 'POST', answerUrl, {
      upheld: true,
      resolution: 'correct',
      answer: '经核实，情节一般，予以更正',
      correction: { severity: 'general', summary: '更正测试公司销售假冒商品' },
    });
    assert.deepEqual(corrected.correction, {
      before: { summary: '更正测试公司销售假冒商品，情节严重', severity: 'serious' },
      after: { summary: '更正测试公司销售假冒商品', severity: 'general' },
    });
    const now = await record(entered.id);
    assert.deepEqual(
      [now.status, now.severity, now.summary, now.inPublicity],
      ['active', 'general', '更正测试公司销售假冒商品', true],
    );
    const current = (await ratings(now.subject.id)).find((r) => r.current);
    assert.equal(current?.trigger, `objection:${objection.id}`);
  });

  test('the answer is due 15 working days after submission, counted across the National Day holiday', async () => {
    const other = {
      kind: 'enterprise',
      name: '深圳市南山区国庆测试有限公司',
      uscc: uscc('91440300MA5K4F5G6'),
    };
    const entered = await enterRecord(other, '国庆测试公司销售假冒商品', '2026-09-01');
    const url = `/api/v1/credit/records/${entered.id}/objections`;
    const early = await call('nanshan.officer', 'POST', url, { content: '异议', on: '2026-08-31' }, 422);
    assert.equal(early.code, 'CREDIT_OBJECTION_INVALID', 'not before the record was decided');
    // Mon 28 Sep: 29, 30 Sep; 1–7 Oct off; 8, 9 Oct; Sat 10 Oct a make-up working day; then
    // 12–16 and 19–23 Oct: the 15th working day is Fri 23 Oct (19 Oct if holidays were ignored).
    const objection: Objection = await call(
      'nanshan.officer',
      'POST',
      url,
      { content: '异议', on: '2026-09-28' },
      201,
    );
    assert.equal(objection.dueOn, '2026-10-23');
    const listed = await call('nanshan.officer', 'GET', url);
    assert.equal(listed.canAnswer, true);
    assert.equal(listed.rules.answerPeriod.amount, 15);
    assert.equal(listed.rules.answerPeriod.unit, 'working_days');
    const tooEarly = await call(
      'nanshan.officer',
      'POST',
      `${url}/${objection.id}/answer`,
      { upheld: false, answer: '不成立', on: '2026-09-27' },
      422,
    );
    assert.equal(tooEarly.code, 'CREDIT_OBJECTION_INVALID', 'no answer before the objection');
    await call('nanshan.officer', 'POST', `${url}/${objection.id}/answer`, {
      upheld: false,
      answer: '不成立',
      on: '2026-10-26',
    });
    const answeredAudit = (await audits(objection.id)).find(
      (a) => a.action === 'credit.record.objection.dismissed',
    );
    const detail = answeredAudit?.detail as { onTime: boolean; dueOn: string } | undefined;
    assert.deepEqual(
      [detail?.onTime, detail?.dueOn],
      [false, '2026-10-23'],
      'answered after the due date: recorded as late',
    );
  });
});
