/** HTTP conventions: health, problem+json, request ids, security headers and the OpenAPI document. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { generateOpenApi } from '../src/cli/openapi.command.ts';
import { createTestPlatform, type TestPlatform } from './helpers/app.ts';

describe('HTTP conventions', () => {
  let platform: TestPlatform;
  before(async () => {
    platform = await createTestPlatform();
  });
  after(() => platform.close());

  test('health names the database engine', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok', database: platform.engine });
  });

  test('errors are problem+json with a stable code, the request id and the field', async () => {
    const token = await platform.login('gd.admin');
    const response = await platform.as(token, {
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { 'x-request-id': 'test-request-0001' },
      payload: { name: '深圳某公司', kind: 'enterprise', regionCode: '44030' },
    });
    assert.equal(response.statusCode, 400);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    const problem = response.json();
    assert.equal(problem.code, 'PLATFORM_VALIDATION');
    assert.equal(problem.status, 400);
    assert.equal(problem.requestId, 'test-request-0001');
    assert.equal(response.headers['x-request-id'], 'test-request-0001');
    assert.equal(problem.errors[0].path, '/body/regionCode');
  });

  test('an unknown API route is a problem+json 404', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'PLATFORM_NOT_FOUND');
    assert.ok(response.json().requestId);
  });

  test('security headers are set, on answers, problems and missing routes alike', async () => {
    for (const url of ['/api/health', '/api/v1/nothing-here', '/api/v1/users/me']) {
      const response = await platform.app.inject({ method: 'GET', url });
      assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN', url);
      assert.match(String(response.headers['content-security-policy']), /default-src 'self'/, url);
      assert.match(
        String(response.headers['content-security-policy']),
        /style-src 'self' 'unsafe-inline'/,
        url,
      );
      assert.ok(response.headers['strict-transport-security'], url);
      assert.ok(response.headers['x-request-id'], url);
    }
  });

  test('the OpenAPI 3.1 document is served, browsable, and the committed copy has not drifted', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.equal(document.openapi, '3.1.0');
    assert.ok(document.paths['/api/v1/auth/login']);
    assert.ok(document.components.schemas.Problem);
    const docs = await platform.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
    const committed = readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8');
    assert.equal(
      committed,
      await generateOpenApi(),
      'run npm run openapi:write and commit openapi/openapi.json',
    );
  });
});
