import { amountForMinutes, type Activity } from './billing-units.js';
import type { BillingLocale } from './format-money.js';
import { bundleText, chargeText, overageText, timeText } from './line-text.js';
import { sumCents } from './money.js';
import type { ChargeKind } from './pricing.js';
import type { Tariff } from './tariffs.js';
import type { InvoiceSourceType, InvoiceUnit } from '../enums.js';

/** Where an invoice line comes from (R-B8: every line traceable to its source). */
export type LineSourceType = InvoiceSourceType;
export type LineUnit = InvoiceUnit;

export interface DraftLine {
  sourceType: LineSourceType;
  /** The charge, bundle or ticket id (time lines: the ticket; the entries are in `sourceItems`). */
  sourceId: string;
  /** Every source row the line bills (one for most lines; the time entries of a time line). */
  sourceItems: string[];
  description: string;
  quantity: number;
  unit: LineUnit;
  /** Price of the unit basis, minor units: per year for months (quantity/12), per hour for minutes, per ticket, per bundle. */
  unitPriceCents: number;
  amountCents: number;
  ticketId: string | null;
  activity: Activity | null;
  tariffId: string | null;
}

export interface InvoiceSources {
  charges: Array<{ id: string; kind: ChargeKind; reference: string; months: number; periodStart: string; periodEnd: string; yearlyPriceCents: number; amountCents: number }>;
  bundles: Array<{ id: string; tickets: number; priceCents: number; reference: string }>;
  overage: Array<{ ticketId: string; number: number; subject: string; priceCents: number }>;
  time: Array<{ entryId: string; ticketId: string; number: number; subject: string; activity: Activity; billedMinutes: number; tariff: Tariff }>;
}

/**
 * R-B8 lines of an invoice draft, in this order: contract fees and
 * adjustments (R-P7..R-P10), ticket bundles and overage tickets (R-P5), then
 * billable time grouped by ticket, activity and tariff (R-B7), priced once per
 * group: billed minutes × hourly rate / 60, rounded half up.
 */
export function buildInvoiceLines(s: InvoiceSources, locale: BillingLocale): DraftLine[] {
  const base = { ticketId: null, activity: null, tariffId: null };
  const lines: DraftLine[] = [
    ...s.charges.map((c): DraftLine => ({ ...base, sourceType: 'contract_charge', sourceId: c.id, sourceItems: [c.id], description: chargeText(c, locale), quantity: c.months, unit: 'month', unitPriceCents: c.yearlyPriceCents, amountCents: c.amountCents })),
    ...s.bundles.map((b): DraftLine => ({ ...base, sourceType: 'ticket_bundle', sourceId: b.id, sourceItems: [b.id], description: bundleText(b, locale), quantity: 1, unit: 'bundle', unitPriceCents: b.priceCents, amountCents: b.priceCents })),
    ...s.overage.map((o): DraftLine => ({ ...base, sourceType: 'overage_ticket', sourceId: o.ticketId, sourceItems: [o.ticketId], ticketId: o.ticketId, description: overageText(o, locale), quantity: 1, unit: 'ticket', unitPriceCents: o.priceCents, amountCents: o.priceCents })),
  ];
  const groups = new Map<string, InvoiceSources['time']>();
  for (const t of s.time) {
    const k = `${t.number}|${t.activity}|${t.tariff.effectiveFrom}|${t.tariff.id}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  for (const k of [...groups.keys()].sort(compareGroupKeys)) {
    const g = groups.get(k)!;
    const first = g[0]!;
    const minutes = g.reduce((n, t) => n + t.billedMinutes, 0);
    lines.push({
      sourceType: 'ticket_time', sourceId: first.ticketId, sourceItems: g.map((t) => t.entryId), ticketId: first.ticketId, activity: first.activity, tariffId: first.tariff.id,
      description: timeText(first, locale), quantity: minutes, unit: 'minute', unitPriceCents: first.tariff.ratePerHourCents, amountCents: amountForMinutes(minutes, first.tariff.ratePerHourCents),
    });
  }
  return lines;
}

function compareGroupKeys(a: string, b: string): number {
  const [na, ...ra] = a.split('|');
  const [nb, ...rb] = b.split('|');
  return Number(na) - Number(nb) || ra.join('|').localeCompare(rb.join('|'));
}

/** R-B8: an invoice total is the sum of its lines, exactly. */
export function invoiceTotal(lines: ReadonlyArray<{ amountCents: number }>): number {
  return sumCents(lines.map((l) => l.amountCents));
}

/** A credit note's lines: the credited lines with opposite amounts, same source, same quantity. */
export function creditLines<L extends { amountCents: number }>(lines: readonly L[]): Array<L & { amountCents: number }> {
  return lines.map((l) => ({ ...l, amountCents: -l.amountCents }));
}
