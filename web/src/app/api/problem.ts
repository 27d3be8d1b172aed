/** RFC 9457 problem details, as the server answers every error. */
export interface ProblemFieldError {
  path: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

export class ApiError extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

function isProblemLike(value: unknown): value is Partial<ProblemDetails> {
  return typeof value === 'object' && value !== null;
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string' && value !== '');
}

/** Builds a problem from whatever the server (or a proxy in front of it) sent back. */
export function toProblem(status: number, statusText: string, body: unknown): ProblemDetails {
  const raw: Partial<ProblemDetails> & { error?: unknown; message?: unknown } = isProblemLike(body)
    ? body
    : {};
  // Fallbacks cover plain framework errors ({statusCode, error, message}) from before the problem handler.
  const title = firstString(raw.title, raw.error) ?? (statusText || `HTTP ${status}`);
  return {
    type: typeof raw.type === 'string' ? raw.type : undefined,
    title,
    status: typeof raw.status === 'number' ? raw.status : status,
    detail: firstString(raw.detail, raw.message),
    code: typeof raw.code === 'string' ? raw.code : undefined,
    requestId: typeof raw.requestId === 'string' ? raw.requestId : undefined,
    errors: Array.isArray(raw.errors) ? raw.errors : undefined,
  };
}

/** The text to show a person: the detail when the server gave one, else the title. */
export function problemText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title;
  if (error instanceof Error) return error.message;
  return String(error);
}
