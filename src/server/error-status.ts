import { ERROR_CATALOGUE, type ErrorCode } from '../core/errors.js';

/** The one table from error codes to HTTP status (DESIGN: coded errors mapped once). */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 401,
  FIELD_NOT_ALLOWED: 400,
  CONTACT_CAP_REACHED: 409,
  ADMINISTRATOR_EXISTS: 409,
  INVALID_CALENDAR: 400,
  INVALID_PLAN: 400,
  INVALID_DATE_RANGE: 400,
  PRESET_NOT_FOUND: 404,
  INVALID_PRESET: 500,
  EFFECTIVE_DATE_TOO_EARLY: 400,
  TIME_OUT_OF_RANGE: 400,
  INVALID_TARGET: 400,
  INTERNAL: 500,
};

/** Status for a code; codes outside the catalogue are a programming error and map to 500. */
export function statusForCode(code: string): number {
  return code in ERROR_CATALOGUE ? ERROR_STATUS[code as ErrorCode] : 500;
}
