import { computeBilledMinutes } from '../../core/billing/billing-units.js';
import type { InvoiceSources } from '../../core/billing/invoice-lines.js';
import { tariffInForce, type Tariff } from '../../core/billing/tariffs.js';
import { DomainError } from '../../core/errors.js';
import { listUnclaimedCharges } from '../../storage/billing-charges.queries.js';
import { listUnclaimedBundles, listUnclaimedOverage } from '../../storage/billing-sources.queries.js';
import { findContractTermsRow } from '../../storage/billing-terms.queries.js';
import { listTariffRows, listUnclaimedBillableTime, type BillableTimeRow } from '../../storage/billing-time.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContractTerms } from './contract-terms.js';

/**
 * R-B8: what a customer owes for a period ('YYYY-MM-DD' inclusive, dates in
 * the customer's zone), not yet on a live invoice, locked against a
 * concurrent draft: contract charges starting in the period, priced ticket
 * bundles bought and overage tickets registered in it (R-P5), and billable
 * time worked in it (R-B7), rounded per the contract's unit and rule and
 * priced at the tariff in force on each entry's day.
 * Throws CURRENCY_MISMATCH, PRICE_MISSING, TARIFF_MISSING (details list the items).
 */
export async function collectInvoiceSources(tx: Db, customer: { id: string; currency: string }, from: string, to: string): Promise<InvoiceSources> {
  const charges = await listUnclaimedCharges(tx, customer.id, from, to);
  const bundles = await listUnclaimedBundles(tx, customer.id, from, to);
  const overage = await listUnclaimedOverage(tx, customer.id, from, to);
  const entries = await listUnclaimedBillableTime(tx, customer.id, from, to);
  const foreign = [...charges.map((c) => ({ source: 'contract_charge', id: c.id, currency: c.currency })), ...bundles.map((b) => ({ source: 'ticket_bundle', id: b.id, currency: b.currency })), ...overage.map((o) => ({ source: 'overage_ticket', id: o.ticketId, currency: o.currency }))]
    .filter((x) => x.currency !== customer.currency);
  if (foreign.length) throw new DomainError('CURRENCY_MISMATCH', `Some items are not in ${customer.currency}.`, foreign);
  const unpriced = overage.filter((o) => o.priceCents === null);
  if (unpriced.length) throw new DomainError('PRICE_MISSING', 'Set the overage ticket price in the contract\'s billing terms.', unpriced.map((o) => ({ path: 'overageTicketPriceCents', contractId: o.contractId, ticketId: o.ticketId })));
  return {
    charges,
    bundles,
    overage: overage.map((o) => ({ ticketId: o.ticketId, number: o.number, subject: o.subject, priceCents: o.priceCents! })),
    time: await priceTime(tx, entries, customer.currency),
  };
}

async function priceTime(tx: Db, entries: BillableTimeRow[], currency: string): Promise<InvoiceSources['time']> {
  if (!entries.length) return [];
  const tariffs: Tariff[] = await listTariffRows(tx, { currency });
  const billed = new Map<string, number>();
  for (const contractId of new Set(entries.map((e) => e.contractId))) {
    const terms = presentContractTerms(contractId, await findContractTermsRow(tx, contractId));
    const mine = entries.filter((e) => e.contractId === contractId);
    for (const [id, m] of computeBilledMinutes(mine, { unitMinutes: terms.billingUnitMinutes, rounding: terms.roundingRule })) billed.set(id, m);
  }
  const missing: Array<{ activity: string; workDate: string; currency: string }> = [];
  const out: InvoiceSources['time'] = [];
  for (const e of entries) {
    const tariff = tariffInForce(tariffs, e.activity, currency, e.workDate);
    if (!tariff) {
      missing.push({ activity: e.activity, workDate: e.workDate, currency });
      continue;
    }
    out.push({ entryId: e.id, ticketId: e.ticketId, number: e.ticketNumber, subject: e.ticketSubject, activity: e.activity, billedMinutes: billed.get(e.id)!, tariff });
  }
  if (missing.length) throw new DomainError('TARIFF_MISSING', `No tariff in force for some billable time in ${currency}.`, missing);
  return out;
}
