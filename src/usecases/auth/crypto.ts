import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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

/**
 * Constant-time string comparison, the one in the code base (CSRF tokens, inbound SMTP
 * credentials; issue 15 item 9). Both sides are hashed first, so crypto.timingSafeEqual always
 * compares 32 bytes: the time says nothing about where the strings differ, nor about the
 * secret's length (a plain length check before it would).
 */
export function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}
