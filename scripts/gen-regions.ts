/**
 * Generates the platform's own copy of the GB/T 2260 county-and-above division codes from the
 * Ministry of Civil Affairs lists in ../shared/data/admin_divisions (CC0 1.0). Run it when a new
 * year's list is published: `npx tsx scripts/gen-regions.ts [SOURCE_DIR]`.
 *
 * Output rows: [code, name, level, parentCode, status, validFrom, validTo, successors, formerNames]
 * One row per code: the row in use where there is one, else the latest retired meaning.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const sourceDir = resolve(process.argv[2] ?? '../shared/data/admin_divisions');
const out = resolve('server/src/modules/region/data/gbt2260.generated.json');

interface HistoryRow {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  status: 'active' | 'retired';
  from: number | null;
  to: number | null;
  successors: string[];
}

const LEVELS: Record<string, HistoryRow['level']> = { 省级: 'province', 地级: 'city', 县级: 'county' };

function parseCsvLine(line: string): string[] {
  // The MCA file has no quoted fields; a plain split is exact for it.
  return line.split(',');
}

const historyText = readFileSync(join(sourceDir, 'mca_codes_history_1981_2024.csv'), 'utf8').replace(
  /^\uFEFF/,
  '',
);
const [header, ...lines] = historyText.split(/\r?\n/).filter((l) => l.trim() !== '');
if (!header?.startsWith('代码,')) throw new Error('unexpected header in mca_codes_history_1981_2024.csv');

const rows: HistoryRow[] = lines.map((line, i) => {
  const [code, , , name, level, status, from, to, successors] = parseCsvLine(line);
  const mapped = LEVELS[level ?? ''];
  if (!code || !/^\d{6}$/.test(code) || !name || !mapped)
    throw new Error(`bad history row ${i + 2}: ${line}`);
  return {
    code,
    name,
    level: mapped,
    status: status === '在用' ? 'active' : 'retired',
    from: from ? Number(from) : null,
    to: to ? Number(to) : null,
    successors: successors ? successors.split(/[;；|/ ]+/).filter(Boolean) : [],
  };
});

const current = new Map(
  readFileSync(join(sourceDir, 'mca_county_and_above_2024.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [code, name] = l.trim().split(/\s+/);
      return [code!, name!] as const;
    }),
);

const byCode = new Map<string, HistoryRow[]>();
for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);

function parentOf(code: string, level: HistoryRow['level']): string {
  const province = `${code.slice(0, 2)}0000`;
  if (level === 'province') return '000000';
  if (level === 'city') return province;
  const city = `${code.slice(0, 4)}00`;
  const cityRows = byCode.get(city);
  return cityRows?.some((r) => r.level === 'city') ? city : province;
}

const result: unknown[] = [];
for (const [code, versions] of [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const sorted = [...versions].sort((a, b) => (b.to ?? 9999) - (a.to ?? 9999));
  const main = sorted.find((r) => r.status === 'active') ?? sorted[0]!;
  if (main.status === 'active' && current.get(code) !== main.name) {
    throw new Error(`code ${code}: history says ${main.name}, 2024 list says ${current.get(code)}`);
  }
  const formerNames = sorted.filter((r) => r !== main).map((r) => ({ name: r.name, from: r.from, to: r.to }));
  result.push([
    code,
    main.name,
    main.level,
    parentOf(code, main.level),
    main.status,
    main.from,
    main.to,
    main.successors,
    formerNames,
  ]);
}
if ([...current.keys()].some((c) => !byCode.has(c)))
  throw new Error('2024 list has codes missing from history');

writeFileSync(
  out,
  `${JSON.stringify({
    source:
      'Ministry of Civil Affairs of the PRC, county-and-above administrative division codes (GB/T 2260 line), list as of 2024-12-31 and history 1981-2024; CC0 1.0',
    version: '2024',
    columns: [
      'code',
      'name',
      'level',
      'parentCode',
      'status',
      'validFrom',
      'validTo',
      'successors',
      'formerNames',
    ],
    rows: result,
  })}\n`,
);
console.log(`wrote ${result.length} region codes (${current.size} in use) to ${out}`);
