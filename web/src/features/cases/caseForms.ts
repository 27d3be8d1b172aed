import type { FormInstance } from 'antd';
import { ApiError } from '../../app/api/problem.ts';
import type { PartyInput } from './casesApi.ts';

type NamePath = (string | number)[];

/** '/input/amount', 'body.facts.amount', 'parties/0/name' → ['input','amount'] etc.; indexes become numbers. */
function segments(path: string): NamePath {
  return path
    .split(/[./[\]]/)
    .filter((part) => part !== '' && part !== 'body')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const key = (name: NamePath) => name.join('.');

/**
 * Puts the server's field errors (problem+json `errors[]`) on the form. The rules engine names a
 * field by its key ('amount'), the intake schema by its place ('facts.amount', 'parties.0.name'),
 * so each path is tried as given, under `facts`, and by its last segment. Returns the messages that
 * match no field, for the caller to show above the form.
 */
export function placeFieldErrors(form: FormInstance, error: unknown, fields: NamePath[]): string[] {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return [];
  const known = new Map(fields.map((name) => [key(name), name]));
  const placed = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const { path, message } of error.problem.errors) {
    const parts = segments(path);
    const withoutInput = parts[0] === 'input' ? parts.slice(1) : parts;
    const last = parts.slice(-1);
    const candidates = [parts, withoutInput, ['facts', ...withoutInput], last, ['facts', ...last]];
    const name = candidates.map((c) => known.get(key(c))).find((found) => found !== undefined);
    if (!name) {
      unplaced.push(path ? `${path}：${message}` : message);
      continue;
    }
    const entry = placed.get(key(name)) ?? { name, errors: [] };
    entry.errors.push(message);
    placed.set(key(name), entry);
  }
  form.setFields([...placed.values()]);
  return unplaced;
}

/** Drops empty strings and undefined so optional fields the user left blank are not sent. */
export function compact<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as Partial<T>;
}

/** A party as the server wants it: blanks dropped, names trimmed, the USCC in capitals. */
export function cleanParty(party: PartyInput): PartyInput {
  const trimmed = Object.fromEntries(
    Object.entries(party).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
  ) as PartyInput;
  return {
    ...compact(trimmed),
    role: party.role,
    kind: party.kind,
    name: trimmed.name,
    uscc: trimmed.uscc?.toUpperCase() || undefined,
  };
}
