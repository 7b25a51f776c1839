import type { Locale } from '../enums.js';
import { escapeHtml } from '../html.js';

/**
 * Notification templates (RULES §9): every message exists in English, Spanish
 * and Greek, is rendered at enqueue time in the recipient's language and time
 * zone, and is kept as text and HTML. Header values never carry CR or LF.
 */
export type { Locale };

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

export interface TemplateContext {
  locale: Locale;
  timeZone: string;
}

export type Template<P> = (p: P, ctx: TemplateContext) => Rendered;

// Control characters are exactly what must go: CR/LF would inject headers.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]+/g;

/** One line for a header: CR/LF and other controls folded to spaces. */
export function headerSafe(s: string): string {
  return s.replace(CONTROLS, ' ').trim().slice(0, 900);
}


/** Paragraphs of plain text → the same text and simple, escaped HTML. */
export function fromParagraphs(subject: string, paragraphs: string[]): Rendered {
  return {
    subject: headerSafe(subject),
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n'),
  };
}

const LOCALE_TAG: Record<Locale, string> = { en: 'en-GB', es: 'es-ES', el: 'el-GR' };

// Building an Intl.DateTimeFormat costs ~0.4 ms; one per locale and zone is kept (a bounded map).
const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** A date-time in the reader's language and zone, e.g. "Tuesday 24 November 2026, 12:00 CET". */
export function formatInstant(at: Date, ctx: TemplateContext): string {
  const key = `${ctx.locale}|${ctx.timeZone}`;
  let f = instantFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAG[ctx.locale], {
      weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ctx.timeZone, timeZoneName: 'short',
    });
    if (instantFormats.size >= 500) instantFormats.clear();
    instantFormats.set(key, f);
  }
  return f.format(at);
}

/** Picks the message of the reader's language. */
export function pick<T>(locale: Locale, m: Record<Locale, T>): T {
  return m[locale] ?? m.en;
}
