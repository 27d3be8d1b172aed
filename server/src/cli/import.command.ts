/**
 * `ipp import FILE… [--type T] [--mapping NAME] [--server URL --token TOKEN]`
 * Imports into the database directly, or, when the embedded database is held by a running server,
 * through that server's API with a token. Shows a progress bar and writes each file's report.
 */
import { openAsBlob, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportJobDto, RightType } from '@ipp/shared';
import cliProgress from 'cli-progress';
import { stringify } from 'csv-stringify/sync';
import { issuesOf } from '../modules/registry/import.jobs.ts';
import { importFile } from '../modules/registry/index.ts';
import { systemActor } from '../platform/access/actor.ts';
import { prepareDatabase } from '../platform/bootstrap.ts';
import { DataDirLockedError } from '../platform/db/lock.ts';
import { type CommandArgs, cliConfig } from './index.ts';

function progressBar() {
  return new cliProgress.SingleBar(
    {
      format: '  {file} |{bar}| {percentage}% · {value}/{total} rows · {inserted} new, {rejected} rejected',
      hideCursor: true,
      // Without a terminal (CI, logs) print a progress line every second instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 1000,
    },
    cliProgress.Presets.shades_classic,
  );
}

function summary(
  file: string,
  job: Pick<ImportJobDto, 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'warnings'>,
  report: string,
) {
  return `${file}: ${job.inserted} inserted, ${job.updated} updated, ${job.unchanged} unchanged, ${job.rejected} rejected, ${job.warnings} warnings · report: ${report}`;
}

export async function importCommand(args: CommandArgs): Promise<number> {
  const files = args.positionals.slice(1);
  if (files.length === 0) throw new TypeError('ipp import needs at least one FILE');
  const type = args.values.type as RightType | undefined;
  const mapping = args.values.mapping;
  if (args.values.token) return importThroughServer(args, files);
  let prepared: Awaited<ReturnType<typeof prepareDatabase>>;
  try {
    prepared = await prepareDatabase(cliConfig(false));
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(
      `The embedded database is in use by the running server (process ${error.ownerPid}).\n` +
        'Import through it instead: log in (POST /api/v1/auth/login) and run\n' +
        `  ipp import ${files.join(' ')} --server http://127.0.0.1:3000 --token <token>\n` +
        'or stop the server and run the command again.',
    );
    return 3;
  }
  const { database } = prepared;
  const context = { db: database.db, actor: systemActor('ipp-cli'), requestId: null };
  let failed = 0;
  try {
    for (const file of files) {
      const bar = progressBar();
      bar.start(1, 0, { file: basename(file), inserted: 0, rejected: 0 });
      try {
        const job = await importFile(context, {
          filePath: file,
          type,
          mapping,
          onProgress: (j) => {
            bar.setTotal(j.total ?? j.committedLine);
            bar.update(j.committedLine, { inserted: j.inserted, rejected: j.rejected });
          },
        });
        bar.stop();
        const report = `${file}.import-report.csv`;
        const issues = await issuesOf(database.db, job.id);
        writeFileSync(
          report,
          `\uFEFF${stringify([['line', 'severity', 'field', 'code', 'message', 'number'], ...issues.map((i) => [i.line, i.severity, i.field, i.code, i.message, i.recordNumber ?? ''])])}`,
        );
        console.log(summary(file, job, report));
      } catch (error) {
        bar.stop();
        failed += 1;
        console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await database.close();
  }
  return failed > 0 ? 1 : 0;
}

async function importThroughServer(args: CommandArgs, files: string[]): Promise<number> {
  const server = (args.values.server ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  const headers = { authorization: `Bearer ${args.values.token}` };
  let failed = 0;
  for (const file of files) {
    const form = new FormData();
    if (args.values.type) form.set('type', args.values.type);
    if (args.values.mapping) form.set('mapping', args.values.mapping);
    form.set('file', await openAsBlob(file), basename(file));
    const started = await fetch(`${server}/api/v1/imports`, { method: 'POST', headers, body: form });
    if (started.status !== 202) {
      failed += 1;
      console.error(`${file}: the server refused the import (${started.status}): ${await started.text()}`);
      continue;
    }
    let job = (await started.json()) as ImportJobDto;
    const bar = progressBar();
    bar.start(job.total ?? 1, job.committedLine, { file: basename(file), inserted: 0, rejected: 0 });
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await (await fetch(`${server}/api/v1/imports/${job.id}`, { headers })).json()) as ImportJobDto;
      bar.update(job.committedLine, { inserted: job.inserted, rejected: job.rejected });
    }
    bar.stop();
    const report = `${file}.import-report.csv`;
    // fetch's text() drops the BOM the server sends; put it back for spreadsheet programs.
    const text = await (await fetch(`${server}/api/v1/imports/${job.id}/report.csv`, { headers })).text();
    writeFileSync(report, `\uFEFF${text.replace(/^\uFEFF/, '')}`);
    if (job.status !== 'completed') failed += 1;
    console.log(summary(file, job, report));
  }
  return failed > 0 ? 1 : 0;
}
