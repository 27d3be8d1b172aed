import type { FormInstance } from 'antd';
import { ApiError } from './problem.ts';

/** '/password', 'body.password', 'password' and '/roles/0' all name the form field 'password' / 'roles'. */
export function fieldNameFromPath(path: string): string {
  const parts = path
    .replace(/^body[./]/, '')
    .split(/[./]/)
    .filter((part) => part !== '' && part !== 'body');
  return parts[0] ?? '';
}

/**
 * Puts the server's per-field validation errors (problem+json `errors`) onto the form's fields.
 * Returns true when at least one error was placed.
 */
export function applyProblemToForm(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const byField = new Map<string, string[]>();
  for (const { path, message } of error.problem.errors) {
    const name = fieldNameFromPath(path);
    if (!name) continue;
    byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
