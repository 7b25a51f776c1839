import { headerSafe } from '../notifications/render.js';

/** Bytes of a raw message looked at when it could not be parsed: enough for any sane header block, bounded for a hostile one. */
export const PEEK_BYTES = 32 * 1024;

export interface PeekedHeaders {
  from: string;
  subject: string;
  messageId: string | null;
}

/**
 * From, Subject and Message-ID read from the start of a message that the
 * parser could not handle, so staff can tell which message it was (issue 13
 * item 2). Bounded work (PEEK_BYTES at most, a few linear regexes), no MIME
 * decoding: encoded words stay as they came. For display only; nothing
 * decides on these values. Pure.
 */
export function peekHeaders(head: string): PeekedHeaders {
  const block = head.slice(0, PEEK_BYTES).split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
  const from = field('From');
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? /[^\s<>"]+@[^\s<>"]+/.exec(from)?.[0] ?? '';
  const mid = /<?([^<>\s]+@[^<>\s]+)>?/.exec(field('Message-ID'))?.[1] ?? null;
  return { from: headerSafe(address.toLowerCase()).slice(0, 300), subject: headerSafe(field('Subject')).slice(0, 500), messageId: mid ? headerSafe(mid).slice(0, 300) : null };
}
