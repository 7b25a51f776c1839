import { formatMoney as formatInLocale, type BillingLocale } from '../../core/billing/format-money.js';
import { computeBilledMinutes } from '../../core/billing/billing-units.js';

export { computeBilledMinutes };

const LOCALES = new Set(['en', 'es', 'el']);

/**
 * An amount in the customer's currency and language (not the reader's): the
 * same formatting as the invoice PDF (es "1.234,56 €", el "1.234,56 €", en "€1,234.56").
 */
export function money(cents: number | null | undefined, currency: string, customerLocale: string): string {
  if (cents === null || cents === undefined) return '';
  const locale = (LOCALES.has(customerLocale) ? customerLocale : 'en') as BillingLocale;
  try {
    return formatInLocale(cents, currency, locale);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/** Whole units (euros) typed in a NumberInput to minor units; exact for 2-digit currencies. */
export function toCents(value: number | string | null | undefined): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === '' || value === null || value === undefined || !Number.isFinite(n)) return null;
  return Math.round(n * 100);
}
