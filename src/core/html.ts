import { decodeHTML } from 'entities';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Plain text made safe inside HTML element content or a quoted attribute: the
 * one escaper (issue 15 item 9). Written out rather than `entities`' escapeUTF8
 * because that writes `&apos;`, which HTML 4 renderers (Outlook's Word engine
 * reads our mail) show literally; `&#39;` reads the same everywhere.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Every HTML character reference (all 2,231 named ones, decimal, hex) decoded, by `entities`, as a browser would. */
export function decodeHtmlEntities(s: string): string {
  return decodeHTML(s);
}
