/** Minor units to a localized amount: 123456 EUR → "1.234,56 €" in Spanish. */
export function formatMoney(locale: string, cents: number | null | undefined, currency: string): string {
  if (cents === null || cents === undefined) return '';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/** "18,5 %" from basis points. */
export function formatPercentBp(locale: string, bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);
}
