/**
 * Import throughput: a CSV in the documented default layout (docs/registry-import.md, one column
 * per RightInput field) of new rights, through the platform's pipeline (importFile: parse →
 * validate → prepare → writeRights in batches, each committed with the job's progress), into the
 * loaded registry; against a raw COPY of the same file into a plain table of text columns.
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { RightInput } from '@ipp/shared';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { systemActor } from '../../server/src/platform/access/actor.ts';
import type { Database } from '../../server/src/platform/db/database.ts';
import { IMPORT_BASE, makeRight, type RecordContext } from './records.ts';

/** The documented columns this benchmark fills (holders and their USCCs/regions line up by position). */
const CSV_COLUMNS = [
  'type',
  'subtype',
  'number',
  'publication_number',
  'grant_number',
  'title',
  'holders',
  'holder_usccs',
  'holder_region_codes',
  'inventors',
  'classes',
  'similar_groups',
  'goods_services',
  'region_code',
  'protected_area_codes',
  'filing_date',
  'publication_date',
  'grant_date',
  'creation_date',
  'first_commercial_use_date',
  'approving_authority',
  'announcement_no',
  'source_record_id',
] as const;

function csvField(value: string | null | undefined): string {
  const text = value ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const list = (items: (string | null | undefined)[] | undefined) =>
  (items ?? []).map((i) => i ?? '').join(';');

function csvLine(r: RightInput): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string | null | undefined> = {
    type: r.type,
    subtype: r.subtype,
    number: r.number,
    publication_number: r.publicationNumber,
    grant_number: r.grantNumber,
    title: r.title,
    holders: list(r.holders.map((h) => h.name)),
    holder_usccs: list(r.holders.map((h) => h.uscc)),
    holder_region_codes: list(r.holders.map((h) => h.regionCode)),
    inventors: list(r.inventors),
    classes: list(r.classes),
    similar_groups: list(r.similarGroups),
    goods_services: list(r.goodsServices),
    region_code: r.regionCode,
    protected_area_codes: list(r.protectedAreaCodes),
    filing_date: r.filingDate,
    publication_date: r.publicationDate,
    grant_date: r.grantDate,
    creation_date: r.creationDate,
    first_commercial_use_date: r.firstCommercialUseDate,
    approving_authority: r.approvingAuthority,
    announcement_no: r.announcementNo,
    source_record_id: r.sourceRecordId,
  };
  return `${CSV_COLUMNS.map((c) => csvField(values[c])).join(',')}\n`;
}

/** New filings (indexes from IMPORT_BASE): none of them is in the bulk-loaded set. */
export async function writeImportCsv(ctx: RecordContext, rows: number, dir: string): Promise<string> {
  const path = join(dir, `bench-import-${rows}.csv`);
  const out = createWriteStream(path);
  out.write(`${CSV_COLUMNS.join(',')}\n`);
  for (let i = 0; i < rows; i++) {
    if (!out.write(csvLine(makeRight(IMPORT_BASE + i, ctx)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

export interface ImportResult {
  rows: number;
  fileBytes: number;
  pipeline: {
    seconds: number;
    rowsPerSecond: number;
    inserted: number;
    updated: number;
    unchanged: number;
    rejected: number;
    warnings: number;
  };
  copy: { seconds: number; rowsPerSecond: number };
  /**
   * The same rights, numbers, holders and events stored again by the server itself (insert …
   * select from copies with new ids and numbers) into the registry's tables with all their indexes
   * and keys, rolled back: what storing these rows costs PostgreSQL, whatever the client does.
   */
  floor: { seconds: number; rowsPerSecond: number } | null;
  /**
   * CPU time during importFile: this process, and this database's PostgreSQL backends (read from
   * /proc, so null when the server runs on another machine).
   */
  cpu: { nodeSeconds: number; postgresSeconds: number | null };
}

/** CPU seconds of this database's PostgreSQL backends, by pid; null unless the server is on this machine. */
async function backendCpu(database: Database): Promise<Map<number, number> | null> {
  const [server] = await database.query<{ addr: string | null }>('select inet_server_addr()::text as addr');
  if (server?.addr && !/^(127\.|::1)/.test(server.addr)) return null;
  const pids = await database.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database()',
  );
  const cpu = new Map<number, number>();
  for (const { pid } of pids) {
    try {
      // utime and stime, the 14th and 15th fields, in clock ticks (100 per second on Linux).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // Not readable (another machine, another container): not counted.
    }
  }
  return cpu.size ? cpu : null;
}

/** Backends there at the end, since `before` (the pool's idle ones that closed meanwhile did no work). */
function cpuSince(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let seconds = 0;
  for (const [pid, cpu] of after) seconds += cpu - (before.get(pid) ?? 0);
  return seconds;
}

async function sqlFloor(url: string, source: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const copy = (name: string, select: string, params: unknown[] = []) =>
      client.query(`create temp table ${name} on commit drop as ${select}`, params);
    await copy(
      'floor_ids',
      'select id as old_id, gen_random_uuid() as new_id from rights where source = $1',
      [source],
    );
    await copy('floor_rights', 'select * from rights where source = $1', [source]);
    await client.query(
      `update floor_rights f set id = i.new_id, number = 'F' || f.number from floor_ids i where i.old_id = f.id`,
    );
    const imported = 'join floor_ids i on i.old_id = t.right_id';
    await copy(
      'floor_numbers',
      `select i.new_id as right_id, t.type, t.kind, 'F' || t.value as value from right_numbers t ${imported}`,
    );
    await copy(
      'floor_holders',
      `select i.new_id as right_id, t.party_id, t.role, t.position, t.valid_from, t.valid_to, t.data from right_holders t ${imported}`,
    );
    await copy(
      'floor_events',
      `select i.new_id as right_id, t.position, t.type, t.date, t.detail from right_events t ${imported}`,
    );
    const started = performance.now();
    await client.query('insert into rights select * from floor_rights');
    await client.query(
      'insert into right_numbers (right_id, type, kind, value) select right_id, type, kind, value from floor_numbers',
    );
    await client.query(
      'insert into right_holders (right_id, party_id, role, position, valid_from, valid_to, data) select * from floor_holders',
    );
    await client.query(
      'insert into right_events (right_id, position, type, date, detail) select * from floor_events',
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query('rollback');
    return seconds;
  } finally {
    await client.end();
  }
}

async function rawCopy(url: string, path: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop table if exists bench_copy_raw');
    await client.query(`create table bench_copy_raw (${CSV_COLUMNS.map((c) => `${c} text`).join(', ')})`);
    const started = performance.now();
    await pipeline(
      createReadStream(path),
      client.query(copyFrom('copy bench_copy_raw from stdin with (format csv, header true)')),
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query('drop table bench_copy_raw');
    return seconds;
  } finally {
    await client.end();
  }
}

export async function importBench(
  database: Database,
  url: string,
  ctx: RecordContext,
  rows: number,
  log: (s: string) => void,
): Promise<ImportResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ipp-bench-import-'));
  try {
    const path = await writeImportCsv(ctx, rows, dir);
    const fileBytes = statSync(path).size;
    log(`    ${path}: ${rows.toLocaleString('en')} rows, ${(fileBytes / 1e6).toFixed(1)} MB`);
    // Loaded lazily: the import modules are the newest part of the platform.
    const { importFile } = await import('../../server/src/modules/registry/import.service.ts');
    const context = { db: database.db, actor: systemActor('bench-import'), requestId: null };
    let lastLog = performance.now();
    const pgBefore = await backendCpu(database);
    const nodeBefore = process.cpuUsage();
    const started = performance.now();
    const job = await importFile(context, {
      filePath: path,
      onProgress: (j) => {
        if (performance.now() - lastLog < 15_000) return;
        lastLog = performance.now();
        const rate = j.committedLine / ((lastLog - started) / 1000);
        log(
          `    ${j.committedLine.toLocaleString('en')} / ${rows.toLocaleString('en')} lines committed (${Math.round(rate)}/s)`,
        );
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const nodeCpu = process.cpuUsage(nodeBefore);
    const cpu = {
      nodeSeconds: (nodeCpu.user + nodeCpu.system) / 1e6,
      postgresSeconds: cpuSince(pgBefore, await backendCpu(database)),
    };
    const copySeconds = await rawCopy(url, path);
    const floorSeconds = await sqlFloor(url, basename(path)).catch((error: unknown) => {
      log(
        `    the SQL floor could not be measured: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    });
    return {
      rows,
      fileBytes,
      pipeline: {
        seconds,
        rowsPerSecond: rows / seconds,
        inserted: job.inserted,
        updated: job.updated,
        unchanged: job.unchanged,
        rejected: job.rejected,
        warnings: job.warnings,
      },
      copy: { seconds: copySeconds, rowsPerSecond: rows / copySeconds },
      floor: floorSeconds === null ? null : { seconds: floorSeconds, rowsPerSecond: rows / floorSeconds },
      cpu,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
