import { sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';

// R-P5 sources of invoice lines that live in the tickets area (bundles, overage tickets),
// dated in the customer's time zone and not yet on a live invoice (billing_claims).

export interface BundleSourceRow {
  id: string;
  contractId: string;
  reference: string;
  tickets: number;
  priceCents: number;
  currency: string;
  purchasedOn: string;
}

/** Priced ticket bundles of the customer's contracts bought in [from, to] (customer's zone). Locked. */
export async function listUnclaimedBundles(db: Db, customerId: string, from: string, to: string): Promise<BundleSourceRow[]> {
  const res = await db.execute(sql`
    SELECT b.id, b.contract_id, c.reference, b.tickets, b.price_cents, b.currency,
           (b.purchased_at AT TIME ZONE cu.time_zone)::date::text AS purchased_on
    FROM ticket_bundles b
    JOIN contracts c ON c.id = b.contract_id
    JOIN customers cu ON cu.id = c.customer_id
    LEFT JOIN billing_claims bc ON bc.source_type = 'ticket_bundle' AND bc.source_id = b.id
    WHERE c.customer_id = ${customerId} AND b.price_cents > 0 AND bc.source_id IS NULL
      AND (b.purchased_at AT TIME ZONE cu.time_zone)::date BETWEEN ${from}::date AND ${to}::date
    ORDER BY b.purchased_at, b.id
    FOR UPDATE OF b`);
  return rowsOf<Record<string, unknown>>(res).map((r) => ({
    id: String(r.id), contractId: String(r.contract_id), reference: String(r.reference), tickets: Number(r.tickets),
    priceCents: Number(r.price_cents), currency: String(r.currency), purchasedOn: String(r.purchased_on),
  }));
}

export interface OverageSourceRow {
  ticketId: string;
  number: number;
  subject: string;
  contractId: string;
  currency: string;
  /** From contract_terms; null when the contract sets no overage price. */
  priceCents: number | null;
}

/** R-P5 overage tickets (tickets.overage) of the customer registered in [from, to] (customer's zone). Locked. */
export async function listUnclaimedOverage(db: Db, customerId: string, from: string, to: string): Promise<OverageSourceRow[]> {
  const res = await db.execute(sql`
    SELECT t.id, t.number, t.subject, t.contract_id, c.currency, ct.overage_ticket_price_cents
    FROM tickets t
    JOIN contracts c ON c.id = t.contract_id
    JOIN customers cu ON cu.id = t.customer_id
    LEFT JOIN contract_terms ct ON ct.contract_id = t.contract_id
    LEFT JOIN billing_claims bc ON bc.source_type = 'overage_ticket' AND bc.source_id = t.id
    WHERE t.customer_id = ${customerId} AND t.overage AND bc.source_id IS NULL
      AND (t.registered_at AT TIME ZONE cu.time_zone)::date BETWEEN ${from}::date AND ${to}::date
    ORDER BY t.number
    FOR UPDATE OF t`);
  return rowsOf<Record<string, unknown>>(res).map((r) => ({
    ticketId: String(r.id), number: Number(r.number), subject: String(r.subject), contractId: String(r.contract_id), currency: String(r.currency),
    priceCents: r.overage_ticket_price_cents === null ? null : Number(r.overage_ticket_price_cents),
  }));
}
