import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';

/** Intl locale per UI language (regional conventions for dates and numbers). */
const INTL_LOCALE: Record<string, string> = { en: 'en-GB', es: 'es-ES', el: 'el-GR' };

export interface Formatters {
  locale: string;
  timeZone: string;
  /** An instant (ISO string) as date and time in the user's zone. */
  dateTime(iso: string | null | undefined): string;
  /** An instant with its weekday, as a due time reads: "Tuesday 14 Jan, 12:00". */
  dueTime(iso: string | null | undefined): string;
  /** An instant's time of day in the user's zone ("12:00"). */
  time(iso: string | null | undefined): string;
  /** A civil date 'YYYY-MM-DD' (no zone shift). */
  date(isoDate: string | null | undefined): string;
  number(n: number): string;
  /** A weekday name (0 = Monday). */
  weekday(index: number): string;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function makeFormatters(language: string, timeZone: string): Formatters {
  const locale = INTL_LOCALE[language] ?? language;
  const dt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const d = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const due = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone });
  const tm = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const wd = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const num = new Intl.NumberFormat(locale);
  return {
    locale,
    timeZone,
    dateTime: (iso) => (iso ? dt.format(new Date(iso)) : ''),
    dueTime: (iso) => (iso ? due.format(new Date(iso)) : ''),
    time: (iso) => (iso ? tm.format(new Date(iso)) : ''),
    date: (isoDate) => (isoDate ? d.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)) : ''),
    number: (n) => num.format(n),
    // 2024-01-01 was a Monday.
    weekday: (index) => wd.format(new Date(Date.UTC(2024, 0, 1 + index))),
  };
}

/** Formatters in the UI language and the signed-in person's zone (the browser's before sign-in). */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const { actor } = useSession();
  const zone = actor?.timeZone ?? browserTimeZone();
  return useMemo(() => makeFormatters(i18n.language, zone), [i18n.language, zone]);
}
