#!/usr/bin/env node
// Runs the test suite with node's test runner: the server's tests, and the *.test.ts of the pure
// logic in shared/ and web/. Some tests need what a bare clone lacks:
// programs from Debian (chromium for test/browser/, poppler's pdftotext for *.system.test.ts) and
// the project's reference data beside the clone (../shared/data, which may not be copied into the
// repository). Where one is missing its tests are left out with a notice, except in CI, where all
// are required.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const sharedData = join(root, '../../shared/data');

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const all = [
  ...testFiles(join(root, 'src')),
  ...testFiles(join(root, 'test')),
  ...testFiles(join(root, '../shared/src')),
  ...testFiles(join(root, '../web/src')),
];
const needs = [
  {
    what: 'chromium',
    apt: 'chromium fonts-noto-cjk',
    present: existsSync(chromium),
    files: all.filter((f) => f.includes('/test/browser/')),
  },
  {
    what: 'pdftotext',
    apt: 'poppler-utils',
    present: hasPdftotext,
    files: all.filter((f) => f.endsWith('.system.test.ts')),
  },
  {
    what: `reference data in ${sharedData}`,
    apt: null,
    present: existsSync(sharedData),
    files: all.filter((f) => readFileSync(f, 'utf8').includes('shared/data/')),
  },
];
const left = new Set();
for (const need of needs) {
  if (need.present) continue;
  if (process.env.CI) {
    console.error(
      `CI needs ${need.what} for ${need.files.length} test file(s)${need.apt ? `: apt-get install ${need.apt}` : ''}`,
    );
    process.exit(1);
  }
  console.warn(
    `note: ${need.files.length} test file(s) not run: no ${need.what}${need.apt ? ` (apt-get install ${need.apt})` : ''}`,
  );
  for (const f of need.files) left.add(f);
}
const files = all.filter((f) => !left.has(f));
const engine = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`running ${files.length} test files on ${engine}`);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...files.map((f) => relative(root, f))],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
