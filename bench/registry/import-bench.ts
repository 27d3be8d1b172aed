/**
 * Import throughput: a CSV in the documented default layout (docs/registry-import.md, one column
 * per RightInput field) of new rights, through the platform's pipeline (importFile: parse →
 * validate → prepare → writeRights in batches, each committed with the job's progress), into the
 * loaded registry; against a raw COPY of the same rows into the registry's own tables (the aim's
 * ceiling), and, for scale, a COPY of the CSV file into a plain table of text columns.
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { RightInput } from '@ipp/shared';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { systemActor } from '../../server/src/platform/access/actor.ts';
import type { Database } from '../../server/src/platform/db/database.ts';
import { IMPORTED_IDS, importedKeys } from './imported.ts';
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
  /**
   * The aim's ceiling: a raw COPY of the same rows (rights, numbers, holders, events, with new ids
   * and numbers) into the registry's own tables, with all their indexes and keys, rolled back.
   */
  copy: { seconds: number; rowsPerSecond: number };
  /** For scale: COPY of the CSV file into a plain table of text columns, no indexes. */
  plainCopy: { seconds: number; rowsPerSecond: number };
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

/**
 * Raw COPY of the same rows into the registry's own tables: the rows importFile stored (rights,
 * search rows, numbers, holders, events), given new ids and numbers, dumped with COPY TO and timed
 * as COPY FROM into `rights`, `right_search`, `right_numbers`, `right_holders` and `right_events` —
 * with their unique and B-tree indexes, the GIN search index and foreign keys — in one
 * transaction, rolled back.
 */
async function copyIntoTables(url: string, keys: [string[], string[]], dir: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const temp = (name: string, select: string, params: unknown[] = []) =>
      client.query(`create temp table ${name} on commit drop as ${select}`, params);
    await temp(
      'floor_ids',
      `select right_id as old_id, gen_random_uuid() as new_id from (${IMPORTED_IDS}) i`,
      keys,
    );
    // Its row count known, the rights are read by primary key, not by a sweep of the heap.
    await client.query('analyze floor_ids');
    await temp('floor_rights', 'select * from rights where id in (select old_id from floor_ids)');
    await client.query(
      `update floor_rights f set id = i.new_id, number = 'F' || f.number from floor_ids i where i.old_id = f.id`,
    );
    const imported = 'join floor_ids i on i.old_id = t.right_id';
    const tables: [string, string, string][] = [
      ['rights', 'floor_rights', 'select * from floor_rights'],
      [
        'right_search (right_id, type, status_base, expiry_date, region_code, class_main, filing_date, search_vector)',
        'floor_search',
        `select i.new_id as right_id, t.type, t.status_base, t.expiry_date, t.region_code, t.class_main, t.filing_date, t.search_vector from right_search t ${imported}`,
      ],
      [
        'right_numbers (right_id, type, kind, value)',
        'floor_numbers',
        `select i.new_id as right_id, t.type, t.kind, 'F' || t.value as value from right_numbers t ${imported}`,
      ],
      [
        'right_holders (right_id, party_id, role, position, valid_from, valid_to, data)',
        'floor_holders',
        `select i.new_id as right_id, t.party_id, t.role, t.position, t.valid_from, t.valid_to, t.data from right_holders t ${imported}`,
      ],
      [
        'right_events (right_id, position, type, date, detail)',
        'floor_events',
        `select i.new_id as right_id, t.position, t.type, t.date, t.detail from right_events t ${imported}`,
      ],
    ];
    for (const [, name, select] of tables) {
      if (name !== 'floor_rights') await temp(name, select);
      await pipeline(
        client.query(copyTo(`copy ${name} to stdout`)),
        createWriteStream(join(dir, `${name}.copy`)),
      );
    }
    const started = performance.now();
    for (const [target, name] of tables)
      await pipeline(
        createReadStream(join(dir, `${name}.copy`)),
        client.query(copyFrom(`copy ${target} from stdin`)),
      );
    const seconds = (performance.now() - started) / 1000;
    await client.query('rollback');
    // The rolled-back rows' entries stay in the text index's pending list (a COPY's GIN entries
    // wait there, up to 4 MB), which every later search reads whole until it is merged (~10 ms a
    // search at 10M rights after an import of 20,000; this server runs no autovacuum). importFile
    // merges after itself, as the platform does after every import; the ceiling must leave the
    // index as it found it too.
    await client.query(`select gin_clean_pending_list('right_search_text_idx'::regclass)`);
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
    const tablesSeconds = await copyIntoTables(url, importedKeys(ctx, rows), dir);
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
      copy: { seconds: tablesSeconds, rowsPerSecond: rows / tablesSeconds },
      plainCopy: { seconds: copySeconds, rowsPerSecond: rows / copySeconds },
      cpu,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
