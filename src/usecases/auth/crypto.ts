import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Random URL-safe secret with `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Keyed hash (HMAC-SHA256) for session ids and API tokens. Tokens carry 256 bits
 * of entropy, so a fast keyed hash is safe; a password hash (argon2, bcrypt)
 * would cost ~100 ms of CPU on every API call for no gain.
 */
export function keyedHash(secretKey: string, token: string): string {
  return createHmac('sha256', secretKey).update(token).digest('base64url');
}

/** Constant-time string comparison (CSRF tokens). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
