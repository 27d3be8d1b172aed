/** Small helpers for case tests: open a case, take a transition, look up demo organizations. */
import assert from 'node:assert/strict';
import type { CaseDetailDto } from '@ipp/shared';
import type { TestPlatform } from './app.ts';

export interface CaseClient {
  open(token: string, caseType: string, body: Record<string, unknown>): Promise<CaseDetailDto>;
  move(
    token: string,
    detail: CaseDetailDto,
    transition: string,
    input?: Record<string, unknown>,
  ): Promise<CaseDetailDto>;
  attempt(
    token: string,
    detail: CaseDetailDto,
    transition: string,
    input?: Record<string, unknown>,
  ): ReturnType<TestPlatform['as']>;
  get(token: string, detail: { id: string; caseType: string }): Promise<CaseDetailDto>;
  orgId(name: string): Promise<string>;
  /** Every transition taken through `move`, per case type, to check the tests cover the rules. */
  taken: Map<string, Set<string>>;
}

export function caseClient(platform: TestPlatform): CaseClient {
  const taken = new Map<string, Set<string>>();
  const client: CaseClient = {
    taken,
    async open(token, caseType, body) {
      const response = await platform.as(token, {
        method: 'POST',
        url: `/api/v1/${caseType}/cases`,
        payload: body,
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json();
    },
    attempt(token, detail, transition, input = {}) {
      return platform.as(token, {
        method: 'POST',
        url: `/api/v1/${detail.caseType}/cases/${detail.id}/transitions`,
        payload: { transition, version: detail.version, input },
      });
    },
    async move(token, detail, transition, input = {}) {
      const response = await client.attempt(token, detail, transition, input);
      assert.equal(response.statusCode, 200, `${transition}: ${response.body}`);
      if (!taken.has(detail.caseType)) taken.set(detail.caseType, new Set());
      taken.get(detail.caseType)?.add(transition);
      return response.json();
    },
    async get(token, detail) {
      const response = await platform.as(token, {
        method: 'GET',
        url: `/api/v1/${detail.caseType}/cases/${detail.id}`,
      });
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    },
    async orgId(name) {
      const rows = await platform.database.query<{ id: string }>(
        'select id from organizations where name = $1',
        [name],
      );
      assert.ok(rows[0], `organization ${name}`);
      return rows[0].id;
    },
  };
  return client;
}

/** A date `days` calendar days after today, as YYYY-MM-DD. */
export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
