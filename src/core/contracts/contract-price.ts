/** R-P6: how a contract's yearly price is set. */
export type PriceBasis = 'fixed' | 'licence' | 'development';

export interface ContractPrice {
  priceBasis: PriceBasis;
  /** Licence or development cost the percentage applies to, minor units. */
  basisAmountCents: number | null;
  /** Percentage in basis points (1800 = 18 %). */
  percentBp: number | null;
  /** Yearly price, minor units. */
  yearlyPriceCents: number | null;
}

/**
 * R-P6: the yearly price in minor units. A fixed price is taken as given; a
 * licence or development basis yields basis × percent, rounded half up to the
 * cent, unless an explicit yearly price overrides it. Null when unknown.
 */
export function computeYearlyPriceCents(p: ContractPrice): number | null {
  if (p.yearlyPriceCents !== null) return p.yearlyPriceCents;
  if (p.priceBasis === 'fixed' || p.basisAmountCents === null || p.percentBp === null) return null;
  return Math.floor((p.basisAmountCents * p.percentBp + 5000) / 10000);
}
