/**
 * Every error the API can answer, in one catalog. Codes are stable and prefixed by module;
 * clients may rely on them. The title is the generic English summary; detail says the specific.
 */
export const ERROR_CATALOG = {
  // platform
  PLATFORM_VALIDATION: { status: 400, title: 'Request validation failed' },
  PLATFORM_NOT_FOUND: { status: 404, title: 'Not found' },
  PLATFORM_UNAUTHENTICATED: { status: 401, title: 'Authentication required' },
  PLATFORM_FORBIDDEN: { status: 403, title: 'Permission denied' },
  PLATFORM_RATE_LIMITED: { status: 429, title: 'Too many requests' },
  PLATFORM_CONFLICT: { status: 409, title: 'Conflict' },
  PLATFORM_PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large' },
  PLATFORM_INTERNAL: { status: 500, title: 'Internal error' },
  // iam
  IAM_INVALID_CREDENTIALS: { status: 401, title: 'Invalid username or password' },
  IAM_ACCOUNT_LOCKED: { status: 423, title: 'Account locked' },
  IAM_ACCOUNT_DISABLED: { status: 403, title: 'Account disabled' },
  IAM_SESSION_EXPIRED: { status: 401, title: 'Session expired' },
  IAM_INVALID_CLIENT: { status: 401, title: 'Invalid client credentials' },
  IAM_USERNAME_TAKEN: { status: 409, title: 'Username already exists' },
  IAM_WEAK_PASSWORD: { status: 422, title: 'Password does not meet the policy' },
  IAM_ROLE_NOT_GRANTABLE: { status: 403, title: 'Role exceeds the granter’s permissions' },
  IAM_UNKNOWN_ROLE: { status: 422, title: 'Unknown role' },
  IAM_USER_NOT_FOUND: { status: 404, title: 'User not found' },
  IAM_CLIENT_SCOPE_NOT_GRANTABLE: { status: 403, title: 'Scope exceeds the granter’s permissions' },
  // org
  ORG_NOT_FOUND: { status: 404, title: 'Organization not found' },
  ORG_INVALID_USCC: { status: 422, title: 'Invalid Unified Social Credit Code' },
  ORG_USCC_REQUIRED: { status: 422, title: 'Unified Social Credit Code required' },
  ORG_USCC_TAKEN: { status: 409, title: 'Unified Social Credit Code already registered' },
  ORG_NAME_TAKEN: { status: 409, title: 'Organization name already exists in this region' },
  ORG_UNKNOWN_KIND: { status: 422, title: 'Unknown organization kind' },
  // region
  REGION_NOT_FOUND: { status: 404, title: 'Region not found' },
  REGION_RETIRED: { status: 422, title: 'Region code is retired' },
  // registry
  REGISTRY_RIGHT_NOT_FOUND: { status: 404, title: 'Right not found' },
  REGISTRY_BATCH_TOO_LARGE: { status: 413, title: 'Too many items in one batch' },
  REGISTRY_IMPORT_NOT_FOUND: { status: 404, title: 'Import job not found' },
  REGISTRY_IMPORT_FORMAT: { status: 422, title: 'Unrecognized import file' },
  REGISTRY_UNKNOWN_MAPPING: { status: 422, title: 'Unknown import mapping' },
  // audit
  AUDIT_INVALID_RANGE: { status: 400, title: 'Invalid time range' },
  // calendar
  CALENDAR_INVALID_ARRANGEMENT: { status: 422, title: 'Invalid holiday arrangement' },
  CALENDAR_YEAR_UNKNOWN: { status: 404, title: 'No holiday arrangement loaded for this year' },
  // cases
  CASE_NOT_FOUND: { status: 404, title: 'Case not found' },
  CASE_UNKNOWN_TRANSITION: { status: 422, title: 'Unknown transition for this case type' },
  CASE_TRANSITION_NOT_ALLOWED: { status: 409, title: 'Transition not allowed from the current state' },
  CASE_VERSION_CONFLICT: { status: 409, title: 'The case was changed by someone else' },
  CASE_FIELDS_INVALID: { status: 422, title: 'Required case fields are missing or invalid' },
  CASE_PRECONDITION_FAILED: { status: 422, title: 'A precondition of the transition does not hold' },
  CASE_IDEMPOTENCY_MISMATCH: { status: 422, title: 'Idempotency key reused with a different request' },
  CASE_NO_HANDLING_ORG: { status: 422, title: 'No organization to handle the case' },
  CASE_FILE_REJECTED: { status: 422, title: 'File type or size not accepted' },
  CASE_FILE_NOT_FOUND: { status: 404, title: 'Case file not found' },
  CASE_SUPERVISION_NOT_ALLOWED: { status: 403, title: 'Only a higher-level organization may supervise' },
  CASE_ASSISTANCE_NOT_FOUND: { status: 404, title: 'Assistance request not found' },
  CASE_ASSISTANCE_INVALID: { status: 422, title: 'Invalid assistance request' },
  CASE_CLOSED: { status: 409, title: 'The case is closed' },
  CASE_NOT_PUBLISHABLE: { status: 409, title: 'Only a closed case can be published as typical' },
  // credit
  CREDIT_INVALID_SUBJECT: { status: 422, title: 'Invalid credit subject' },
  CREDIT_SUBJECT_NOT_FOUND: { status: 404, title: 'Credit subject not found' },
  CREDIT_RECORD_NOT_FOUND: { status: 404, title: 'Credit record not found' },
  CREDIT_RECORD_INVALID: { status: 422, title: 'Invalid credit record' },
  CREDIT_LISTING_NOT_FOUND: { status: 404, title: 'Listing not found' },
  CREDIT_LISTING_STEP_NOT_ALLOWED: { status: 409, title: 'Listing step not allowed now' },
  CREDIT_STATEMENT_PERIOD_OPEN: { status: 409, title: 'The statement period has not ended' },
  CREDIT_VERSION_CONFLICT: { status: 409, title: 'The listing was changed by someone else' },
  CREDIT_APPROVAL_NOT_UPPER_LEVEL: {
    status: 403,
    title: 'Only an organization above the deciding one may consent to a listing decision',
  },
  CREDIT_REPAIR_BARRED: { status: 409, title: 'Repair not accepted within the barred period' },
  CREDIT_REPAIR_NOT_FOUND: { status: 404, title: 'Repair application not found' },
  CREDIT_OBJECTION_NOT_FOUND: { status: 404, title: 'Objection not found' },
  CREDIT_OBJECTION_NOT_ALLOWED: { status: 409, title: 'Objection not possible in the current state' },
  CREDIT_OBJECTION_INVALID: { status: 422, title: 'Invalid objection or answer' },
  // certificate
  CERT_NOT_FOUND: { status: 404, title: 'Certificate not found' },
  CERT_NOT_GENUINE: { status: 409, title: 'Certificate record fails its signature check' },
  CERT_NO_SIGNING_KEY: { status: 404, title: 'No signing key has been made yet' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export interface FieldError {
  /** JSON pointer or field path, e.g. "/body/uscc" or "row 12, uscc". */
  path: string;
  message: string;
}

/** An expected failure, answered as problem+json with its catalog code. Services throw these. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? ERROR_CATALOG[code].title);
    this.status = ERROR_CATALOG[code].status;
  }
}
