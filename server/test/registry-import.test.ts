/**
 * Imports through the pipeline on the database: every real file in ../shared/data with its expected
 * counts and warnings, idempotent re-import, resume after an interruption, and the row report.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { issuesOf } from '../src/modules/registry/import.jobs.ts';
import { saveMapping } from '../src/modules/registry/import.mappings.ts';
import { importFile, verifyRight } from '../src/modules/registry/index.ts';
import { type RightSnapshot, snapshotSql } from '../src/modules/registry/right-snapshot.ts';
import { termStats } from '../src/modules/registry/search.stats.ts';
import { systemActor } from '../src/platform/access/actor.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

describe('registry import pipeline', () => {
  let testDb: TestDatabase;
  const context = () => ({ db: testDb.database.db, actor: systemActor('import-test'), requestId: null });
  before(async () => {
    testDb = await createTestDatabase();
  });
  after(() => testDb.cleanup());
  let shaanxiUsers = 0;
  const giUsers = async () => {
    const [row] = await testDb.database.query<{ n: number }>(
      `select count(*)::int as n from right_holders where role = 'gi_user'`,
    );
    return row!.n;
  };

  test('the nine CNIPA patent XML files import, current and legacy formats', async () => {
    for (const file of [
      'cn_new1.xml',
      'cn_new2.xml',
      'cn_new3.xml',
      'cn_old1.xml',
      'cn_old2.xml',
      'cn_old3.xml',
      'cn_old4.xml',
      '200880114428_A.xml',
      'CN102015000481495CN00001152124630AFULZH20221021CN00D.XML',
    ]) {
      const job = await importFile(context(), { filePath: join(DATA, 'cn_patent_xml', file) });
      assert.equal(job.status, 'completed', file);
      assert.equal(job.inserted, 1, `${file}: ${JSON.stringify(await issuesOf(testDb.database.db, job.id))}`);
      assert.equal(job.rejected, 0, file);
    }
    const x = await verifyRight(testDb.database.db, { type: 'patent', number: 'CN202111286633.X' });
    assert.equal(x.exists, true);
    assert.equal(x.right?.title, '显示设备');
    const pct = await verifyRight(testDb.database.db, {
      type: 'patent',
      number: '200880114428.1',
      holder: '伊莱利利公司',
    });
    assert.equal(pct.holderMatch?.result, 'exact');
  });

  test('the four WIPO ST.96 examples import as their right types', async () => {
    for (const file of [
      'PatentPublication_Example.xml',
      'TrademarkApplication_Example.xml',
      'DesignApplication_Example.xml',
      'GIApplication_Example.xml',
    ]) {
      const job = await importFile(context(), { filePath: join(DATA, 'wipo_st96_examples', file) });
      assert.equal(job.status, 'completed', file);
      assert.equal(
        job.inserted + job.updated,
        1,
        `${file}: ${JSON.stringify(await issuesOf(testDb.database.db, job.id))}`,
      );
    }
  });

  test('Shaanxi GIs and their authorized enterprises import with the expected counts and warnings', async () => {
    const products = await importFile(context(), {
      filePath: join(DATA, 'gi', 'gi_shaanxi_protected_products.csv'),
      mapping: 'shaanxi-gi-products',
    });
    assert.equal(products.inserted, 86);
    assert.equal(products.rejected, 0);
    const usersBefore = await giUsers();
    const enterprises = await importFile(context(), {
      filePath: join(DATA, 'gi', 'gi_shaanxi_authorized_enterprises.csv'),
      mapping: 'shaanxi-gi-enterprises',
    });
    assert.equal(
      enterprises.rejected,
      0,
      JSON.stringify(
        (await issuesOf(testDb.database.db, enterprises.id))
          .filter((i) => i.severity === 'error')
          .slice(0, 3),
      ),
    );
    const issues = await issuesOf(testDb.database.db, enterprises.id);
    const codes = issues.map((i) => i.code);
    assert.equal(codes.filter((c) => c === 'uscc_missing').length, 19);
    assert.equal(codes.filter((c) => c === 'uscc_region_mismatch').length, 13);
    assert.ok(
      issues.every((i) => i.severity === 'warning' && i.line > 1),
      'each warning names its row',
    );
    assert.equal((await giUsers()) - usersBefore, 194);
    shaanxiUsers = 194 + usersBefore;
  });

  test('importing the same files again changes nothing', async () => {
    const before = await testDb.database.query<{ n: number }>('select count(*)::int as n from rights');
    const again = await importFile(context(), {
      filePath: join(DATA, 'gi', 'gi_shaanxi_protected_products.csv'),
      mapping: 'shaanxi-gi-products',
    });
    assert.deepEqual([again.inserted, again.updated, again.unchanged], [0, 0, 86]);
    const users = await importFile(context(), {
      filePath: join(DATA, 'gi', 'gi_shaanxi_authorized_enterprises.csv'),
      mapping: 'shaanxi-gi-enterprises',
    });
    assert.equal(users.updated, 0, JSON.stringify(users));
    const afterRows = await testDb.database.query<{ n: number }>('select count(*)::int as n from rights');
    assert.deepEqual(afterRows, before);
    assert.equal(await giUsers(), shaanxiUsers, 'products re-imported keep their merged users');
  });

  test('a file uploaded again changes nothing, though the server stores each upload under a new name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipp-upload-'));
    const rows =
      'type,number,title,holders,classes,filing_date,grant_date\ntrademark,71234561,云栖星图,杭州云栖星图科技有限公司,9,2021-03-02,2022-05-06\n';
    const counts = [];
    for (const stored of ['0b1e…-商标.csv', '9f3c…-商标.csv']) {
      const filePath = join(dir, stored);
      writeFileSync(filePath, rows);
      const job = await importFile(context(), { filePath, fileName: '商标.csv' });
      counts.push([job.inserted, job.updated, job.unchanged]);
    }
    assert.deepEqual(counts, [
      [1, 0, 0],
      [0, 0, 1],
    ]);
    const [right] = await testDb.database.query<{ source: string }>(
      `select source from rights where number = '71234561'`,
    );
    assert.equal(right?.source, '商标.csv', 'the records name the file as it was uploaded');
  });

  test('an interrupted import resumes after its last committed batch and leaves no partial batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipp-import-'));
    const file = join(dir, 'trademarks.csv');
    const rows = Array.from(
      { length: 45 },
      (_, i) =>
        `trademark,${70000000 + i},测试商标${i},深圳市测试${i}科技有限公司,09,2020-01-0${(i % 9) + 1},2021-01-0${(i % 9) + 1}`,
    );
    writeFileSync(file, `type,number,title,holders,classes,filing_date,grant_date\n${rows.join('\n')}\n`);
    await assert.rejects(
      importFile(context(), {
        filePath: file,
        batchSize: 10,
        onProgress: (job) => {
          if (job.committedLine >= 21) throw new Error('simulated crash');
        },
      }),
      /simulated crash/,
    );
    const [{ n: partial }] = (await testDb.database.query<{ n: number }>(
      `select count(*)::int as n from rights where number like '700000%'`,
    )) as [{ n: number }];
    assert.equal(partial % 10, 0, `only whole batches are committed (${partial})`);
    const resumed = await importFile(context(), { filePath: file, batchSize: 10 });
    assert.equal(resumed.status, 'completed');
    assert.equal(resumed.inserted, 45, 'the resumed job counts every row once');
    const [{ n: total }] = (await testDb.database.query<{ n: number }>(
      `select count(*)::int as n from rights where number like '7000%'`,
    )) as [{ n: number }];
    assert.equal(total, 45);
  });

  test('a bad row is rejected with its line, field and reason; the good rows are kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipp-import-'));
    const file = join(dir, 'patents.csv');
    writeFileSync(
      file,
      'type,number,title,holders,filing_date\npatent,202111286633.X,显示设备甲,某公司,2021-11-01\npatent,202111286633.1,显示设备乙,某公司,2021-11-01\n',
    );
    const job = await importFile(context(), { filePath: file });
    assert.equal(job.rejected, 1);
    const errors = (await issuesOf(testDb.database.db, job.id)).filter((i) => i.severity === 'error');
    assert.equal(errors[0]?.line, 3);
    assert.equal(errors[0]?.field, 'number');
    assert.match(errors[0]?.message ?? '', /X/);
  });

  test('a saved mapping lets a source with its own column names import as it is', async () => {
    await saveMapping(context(), {
      name: 'city-trademarks',
      description: '某市商标台账',
      type: 'trademark',
      fields: {
        number: { column: '注册号', transforms: [{ op: 'replace', pattern: '[第号]', with: '' }] },
        title: '商标名称',
        holders: { column: '注册人', transforms: [{ op: 'split', separator: '/' }] },
        classes: '类别',
        grantDate: { column: '注册日期', transforms: [{ op: 'date', format: 'D/M/YYYY' }] },
      },
    });
    await assert.rejects(saveMapping(context(), { name: 'Bad Name', fields: {} }), /name/);
    const dir = mkdtempSync(join(tmpdir(), 'ipp-import-'));
    const file = join(dir, 'ledger.csv');
    writeFileSync(
      file,
      '注册号,商标名称,注册人,类别,注册日期\n第66001234号,渭河源,宝鸡渭河源食品有限公司/宝鸡某合作社,29,14/3/2022\n',
    );
    const job = await importFile(context(), { filePath: file, mapping: 'city-trademarks' });
    assert.equal(job.inserted, 1, JSON.stringify(await issuesOf(testDb.database.db, job.id)));
    const answer = await verifyRight(testDb.database.db, {
      type: 'trademark',
      number: '66001234',
      holder: '宝鸡某合作社',
    });
    assert.equal(answer.holderMatch?.result, 'exact');
    assert.equal(answer.right?.grantDate, '2022-03-14');
  });

  // Runs last: by now the rights were inserted, replaced, re-imported and merged with GI users.
  test('every right’s verification snapshot is what its tables say', async () => {
    const rows = await testDb.database.query<{
      id: string;
      stored: RightSnapshot | null;
      built: RightSnapshot;
    }>(`select id, verification as stored, ${SNAPSHOT_FROM_TABLES} as built from rights r`);
    assert.ok(rows.length > 20, `only ${rows.length} rights`);
    const byValue = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value);
    for (const row of rows) {
      assert.ok(row.stored, `right ${row.id} has no snapshot`);
      assert.deepEqual(row.stored.holders, row.built.holders, `holders of ${row.id}`);
      assert.deepEqual(row.stored.events, row.built.events, `events of ${row.id}`);
      assert.deepEqual(
        row.stored.numbers.sort(byValue),
        row.built.numbers.sort(byValue),
        `numbers of ${row.id}`,
      );
    }
  });

  test('every right has one search row, whose columns are the right’s own', async () => {
    const [row] = await testDb.database.query<{ rights: number; rows: number; differing: number }>(
      `select (select count(*)::int from rights) as rights, (select count(*)::int from right_search) as rows,
              (select count(*)::int from rights r join right_search s on s.right_id = r.id
                where (s.type, s.status_base, s.expiry_date, s.region_code, s.class_main, s.filing_date)
                      is distinct from (r.type, r.status_base, r.expiry_date, r.region_code, r.class_main, r.filing_date)
              ) as differing`,
    );
    assert.ok(row!.rights > 20, `only ${row!.rights} rights`);
    assert.deepEqual(row, { rights: row!.rights, rows: row!.rights, differing: 0 });
  });

  test('an import that changed rights gathers the statistics the search reads and merges the index’s pending entries', async () => {
    const [stats] = await testDb.database.query<{ analyzed: boolean; elems: number | null }>(
      `select s.last_analyze is not null as analyzed,
              (select array_length(most_common_elems, 1) from pg_stats
                where tablename = 'right_search' and attname = 'search_vector') as elems
         from pg_stat_user_tables s where s.relname = 'right_search'`,
    );
    assert.equal(stats?.analyzed, true, 'ANALYZE ran on the search table after the imports');
    assert.ok((stats?.elems ?? 0) > 0, 'the search vector has most common elements');
    const termStatistics = await termStats(testDb.database.db);
    assert.ok(termStatistics && termStatistics.frequency.size > 0);
    // The text index's pending list was merged into its tree: nothing is left to clean.
    const [pending] = await testDb.database.query<{ pages: number }>(
      `select gin_clean_pending_list('right_search_text_idx'::regclass)::int as pages`,
    );
    assert.equal(pending?.pages, 0);
  });
});

const SNAPSHOT_FROM_TABLES = new PgDialect().sqlToQuery(snapshotSql(sql.raw('r.id'))).sql;
