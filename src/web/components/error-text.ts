import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';

/** Codes whose translation says everything; for the others the server's specific message is shown too. */
const SELF_EXPLANATORY = new Set(['INVALID_CREDENTIALS', 'RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN', 'CSRF_FAILED', 'NETWORK', 'INTERNAL', 'ACCOUNT_DISABLED']);

/**
 * The text shown for an API error: the UI's own translation when it knows the
 * code (errors.<CODE>), else the server's message (English, but specific).
 */
export function errorText(t: TFunction, err: ApiError): string {
  if (err.code === 'RATE_LIMITED' && err.retryAfterSeconds) {
    return t('errors.RATE_LIMITED_RETRY', { minutes: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)) });
  }
  const known = t(`errors.${err.code}`, { defaultValue: '' });
  return known || err.message;
}

/** The server's own message, when it adds something to the translated text. */
export function errorDetail(t: TFunction, err: ApiError): string | null {
  if (SELF_EXPLANATORY.has(err.code)) return null;
  const text = errorText(t, err);
  return text === err.message ? null : err.message;
}
