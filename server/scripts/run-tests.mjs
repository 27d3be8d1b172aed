#!/usr/bin/env node
// Runs the server's test suite with node's test runner. The browser tests need Debian's chromium;
// where it is missing they are left out with a notice, except in CI, where it is required.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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
];
const browser = all.filter((f) => f.includes('/test/browser/'));
let files = all.filter((f) => !browser.includes(f));
if (existsSync(chromium)) files = [...files, ...browser];
else if (process.env.CI) {
  console.error(
    `CI needs chromium at ${chromium} for the browser tests (apt-get install chromium fonts-noto-cjk)`,
  );
  process.exit(1);
} else {
  console.warn(
    `note: ${browser.length} browser test file(s) not run: no chromium at ${chromium} (apt-get install chromium)`,
  );
}
const engine = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`running ${files.length} test files on ${engine}`);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...files.map((f) => relative(root, f))],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
