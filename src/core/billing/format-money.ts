import type { Locale } from '../enums.js';
/** Billing languages: the customer's locale (RULES §9). */
export type BillingLocale = Locale;

const LOCALE_TAG: Record<BillingLocale, string> = { en: 'en-GB', es: 'es-ES', el: 'el-GR' };

/** Minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, BHD 3), from the runtime's CLDR data. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units as an exact decimal string: 123456 EUR → "1234.56", -5 → "-0.05". No float on the way. */
export function toDecimalString(cents: number, currency: string): string {
  const digits = minorDigits(currency);
  const neg = cents < 0;
  const abs = String(Math.abs(cents)).padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  const frac = digits ? `.${abs.slice(-digits)}` : '';
  return `${neg ? '-' : ''}${whole}${frac}`;
}

/**
 * An amount in the customer's currency and language: en "€1,234.56",
 * es "1.234,56 €", el "1.234,56 €". Grouping is always on, so Spanish
 * four-digit amounts read "1.234,56 €" as on Spanish invoices (CLDR alone
 * would print "1234,56 €"). The number goes to Intl as an exact decimal string.
 */
export function formatMoney(cents: number, currency: string, locale: BillingLocale): string {
  const f = new Intl.NumberFormat(LOCALE_TAG[locale], { style: 'currency', currency, useGrouping: 'always' });
  return f.format(toDecimalString(cents, currency) as unknown as number);
}

/** A plain date 'YYYY-MM-DD' in the reader's language, e.g. es "1 may 2026". */
export function formatDate(date: string, locale: BillingLocale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** Minutes as hours in the reader's language: 90 → en "1.5", es/el "1,5". */
export function formatHours(minutes: number, locale: BillingLocale): string {
  return new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits: 2 }).format(minutes / 60);
}
