/**
 * Classification codes as sources write them, in one canonical form each: IPC for inventions and
 * utility models, Locarno for designs, Nice for trademarks and GIs. `main` is the level search
 * facets group by.
 */
import type { RightType, ValidationIssue } from '@ipp/shared';

export type ClassScheme = 'ipc' | 'locarno' | 'nice';

export interface ClassCode {
  scheme: ClassScheme;
  /** Canonical: "G06F 16/27", "14-03", "09". */
  code: string;
  /** The level facets and search group by: IPC subclass "G06F", Locarno class "14", Nice class "09". */
  main: string;
}

export type ClassCodeResult =
  | { ok: true; value: ClassCode }
  | { ok: false; problem: 'format' | 'range'; message: string };

const IPC =
  /^([A-H])\s*(\d{2})\s*([A-Z])(?:\s*(\d{1,4})\s*\/\s*(\d{2,6}))?(?:\s*\(\s*\d{4}\s*\.\s*\d{2}\s*\))?$/;

/** IPC as CNIPA prints it ("G09G    3/36    (2006.01)") or compact ("G06F16/27"): the version is dropped. */
export function parseIpc(raw: string): ClassCodeResult {
  const m = IPC.exec(raw.normalize('NFKC').toUpperCase().trim());
  if (!m) {
    return {
      ok: false,
      problem: 'format',
      message: `${raw} is not an IPC symbol (section A–H, 2-digit class, subclass letter, optional group like 16/27)`,
    };
  }
  const main = `${m[1]}${m[2]}${m[3]}`;
  const code = m[4] ? `${main} ${Number(m[4])}/${m[5]}` : main;
  return { ok: true, value: { scheme: 'ipc', code, main } };
}

/** Locarno "14-03" (also "14–03", "Cl. 14-03", "14-03 (12)"): class 01–32 or 99. */
export function parseLocarno(raw: string): ClassCodeResult {
  const s = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/^(LOC\s*\(\d+\)\s*)?(CL\.?\s*)?/, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim();
  const m = /^(\d{1,2})\s*[-–—.]\s*(\d{1,2})$/.exec(s);
  if (!m)
    return { ok: false, problem: 'format', message: `${raw} is not a Locarno class (NN-NN, e.g. 14-03)` };
  const cls = Number(m[1]);
  if (!((cls >= 1 && cls <= 32) || cls === 99)) {
    return { ok: false, problem: 'range', message: `Locarno class ${m[1]} does not exist (01–32, 99)` };
  }
  const main = String(cls).padStart(2, '0');
  return { ok: true, value: { scheme: 'locarno', code: `${main}-${m[2]!.padStart(2, '0')}`, main } };
}

/** Nice class 1–45 as two digits ("9", "009", "第9类", "Class 9" → "09"). */
export function parseNiceClass(raw: string): ClassCodeResult {
  const s = raw
    .normalize('NFKC')
    .trim()
    .replace(/^(第|CLASS\s*)/i, '')
    .replace(/类$/u, '');
  if (!/^\d{1,3}$/.test(s))
    return { ok: false, problem: 'format', message: `${raw} is not a Nice class number` };
  const n = Number(s);
  if (n < 1 || n > 45) return { ok: false, problem: 'range', message: `Nice class ${n} is outside 1–45` };
  const code = String(n).padStart(2, '0');
  return { ok: true, value: { scheme: 'nice', code, main: code } };
}

function parserFor(type: RightType, subtype: string | null): ((raw: string) => ClassCodeResult) | null {
  if (type === 'trademark' || type === 'gi') return parseNiceClass;
  if (type !== 'patent') return null; // IC layout classes are free text
  if (subtype === 'design') return parseLocarno;
  if (subtype) return parseIpc;
  // No subtype yet: an IPC symbol or a Locarno class, and an IPC error when it is neither.
  return (raw) => {
    const ipc = parseIpc(raw);
    const locarno = ipc.ok ? ipc : parseLocarno(raw);
    return locarno.ok ? locarno : ipc;
  };
}

/** A right's classes in canonical form, duplicates dropped; a bad one is an error on classes[i]. */
export function normalizeClasses(
  type: RightType,
  subtype: string | null,
  classes: string[],
): { codes: ClassCode[]; errors: ValidationIssue[] } {
  const parse = parserFor(type, subtype);
  const codes = new Map<string, ClassCode>();
  const errors: ValidationIssue[] = [];
  if (!parse) return { codes: [], errors };
  classes.forEach((raw, i) => {
    const result = parse(String(raw));
    if (result.ok) codes.set(result.value.code, result.value);
    else {
      const scheme = parse === parseNiceClass ? 'nice' : parse === parseLocarno ? 'locarno' : 'ipc';
      errors.push({ field: `classes[${i}]`, code: `${scheme}_${result.problem}`, message: result.message });
    }
  });
  return { codes: [...codes.values()], errors };
}
