import type { Locale } from '../enums.js';
/**
 * Address and Message-ID helpers for mail in and out (pure). Addresses are
 * compared lower-cased; Message-IDs without their angle brackets.
 */

/** A bare address, trimmed and lower-cased; '' when it is not one. */
export function normalizeAddress(a: string | null | undefined): string {
  const v = (a ?? '').trim().replace(/^<|>$/g, '').toLowerCase();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(v) ? v : '';
}

/** Every `<id>` in a Message-ID, In-Reply-To or References value, without brackets, in order, once each. */
export function parseMessageIds(value: string | string[] | null | undefined): string[] {
  const all = (Array.isArray(value) ? value.join(' ') : (value ?? '')).match(/<[^<>\s]+>/g) ?? [];
  const ids = all.map((m) => m.slice(1, -1));
  return [...new Set(ids)].slice(0, 100);
}

/** One Message-ID, normalized; null when there is none. */
export function normalizeMessageId(value: string | null | undefined): string | null {
  const [first] = parseMessageIds(value ?? '');
  const bare = first ?? (value ?? '').trim();
  return bare && !/\s/.test(bare) ? bare.slice(0, 500) : null;
}

// A constant, so the lint exception stays on its line whatever the formatter does to the call.
// eslint-disable-next-line no-control-regex -- control characters (CR, LF, …) are exactly what is removed
const CONTROLS_AND_QUOTES = /[\u0000-\u001f\u007f"\\]+/g;

/** "Name <address>" for a header, with the name quoted and stripped of CR/LF and quotes. */
export function formatAddress(name: string, address: string): string {
  const n = name.replace(CONTROLS_AND_QUOTES, ' ').replace(/\s+/g, ' ').trim();
  return n ? `"${n}" <${address}>` : address;
}

/** Best guess of a sender's language from Content-Language / Accept-Language; null when not one of ours. */
export function localeFromHeaders(values: Array<string | undefined>): Locale | null {
  for (const v of values) {
    const tag = (v ?? '').trim().toLowerCase().slice(0, 2);
    if (tag === 'en' || tag === 'es' || tag === 'el') return tag;
  }
  return null;
}
