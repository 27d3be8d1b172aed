import { ApiError, type ProblemDetails, toProblem } from './problem.ts';

export const API_BASE = '/api/v1';
const LOGIN_PATH = '/auth/login';

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Do not show the error notification; the caller presents the error itself. */
  silent?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. the Idempotency-Key of a case transition. */
  headers?: Record<string, string>;
}

type UnauthorizedHandler = (path: string) => void;
type ErrorReporter = (problem: ProblemDetails) => void;

let onUnauthorized: UnauthorizedHandler = () => {};
let reportError: ErrorReporter = (problem) => console.error('API error', problem);

/** The auth layer decides what a 401 means (normally: back to the login page). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

/** The UI shell installs a reporter that shows problems as notifications. */
export function setErrorReporter(reporter: ErrorReporter): void {
  reportError = reporter;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const hasBody = options.body !== undefined;
  // Multipart uploads: the browser sets the content type with its boundary.
  const isForm = options.body instanceof FormData;
  const json = hasBody && !isForm;
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(json ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers,
      },
      body: isForm ? (options.body as FormData) : json ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ title: 'Network error', status: 0, code: 'NETWORK_ERROR' });
  }
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await send(method, path, options);
  } catch (error) {
    if (error instanceof ApiError && !options.silent) reportError(error.problem);
    throw error;
  }
  const body = await readBody(response);
  if (response.ok) return body as T;

  const problem = toProblem(response.status, response.statusText, body);
  if (response.status === 401 && path !== LOGIN_PATH) {
    onUnauthorized(path);
  } else if (!options.silent) {
    reportError(problem);
  }
  throw new ApiError(problem);
}

export const api = {
  get: <T>(path: string, query?: Query, options?: RequestOptions) =>
    request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
