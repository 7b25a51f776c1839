import { and, asc, count, eq, sql } from 'drizzle-orm';
import { parseTicketEvent, type TicketEventBody, type TicketEventMeta } from '../core/tickets/ticket-events.js';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';
import { contracts, ticketBundles, ticketEvents, ticketMessages, tickets } from './schema/index.js';
import type { Scope } from '../core/scope.js';
import { inScope } from './scope-sql.js';

// Tenant scoping: every read a contact can reach takes a Scope (core/scope.ts), built from the actor.

/** A ticket as the rest of the code sees it: the search vectors are the storage's own (written and matched in SQL only). */
export type TicketRow = Omit<typeof tickets.$inferSelect, 'searchPublic' | 'searchInternal'>;
/** A stored history event, its payload checked against core/tickets/ticket-events.ts (R-K10). */
export type TicketEventRow = { id: number; ticketId: string } & TicketEventMeta & TicketEventBody;
/** A history event to append; `internal` defaults to false. */
export type NewTicketEventRow = { ticketId: string } & Omit<TicketEventMeta, 'internal'> & { internal?: boolean } & TicketEventBody;
export type TicketMessageRow = typeof ticketMessages.$inferSelect;

/** One ticket; another customer's ticket is null (the caller answers 404). */
export async function findTicketRow(db: Db, scope: Scope, id: string, opts: { lock?: boolean } = {}): Promise<TicketRow | null> {
  const q = db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, id), inScope(scope, tickets.customerId)))
    .limit(1);
  const [t] = opts.lock ? await q.for('update') : await q;
  return t ?? null;
}

export async function findTicketRowByNumber(db: Db, scope: Scope, number: number): Promise<TicketRow | null> {
  const [t] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.number, number), inScope(scope, tickets.customerId)))
    .limit(1);
  return t ?? null;
}

export async function updateTicketRow(db: Db, id: string, patch: Partial<typeof tickets.$inferInsert>): Promise<TicketRow> {
  const [t] = await db.update(tickets).set(patch).where(eq(tickets.id, id)).returning();
  return t!;
}

/** Adds message text to the ticket's public or internal search vector. */
export async function appendSearchText(db: Db, id: string, text: string, internal: boolean): Promise<void> {
  if (internal) {
    await db.update(tickets).set({ searchInternal: sql`${tickets.searchInternal} || to_tsvector('simple', ${text})` }).where(eq(tickets.id, id));
  } else {
    await db.update(tickets).set({ searchPublic: sql`${tickets.searchPublic} || to_tsvector('simple', ${text})` }).where(eq(tickets.id, id));
  }
}

/** Appends events; a payload that does not match its definition is INVALID_TICKET_EVENT and nothing is written. */
export async function insertTicketEvent(db: Db, e: NewTicketEventRow | NewTicketEventRow[]): Promise<void> {
  const rows = Array.isArray(e) ? e : [e];
  for (const r of rows) parseTicketEvent(r.type, r.data);
  if (rows.length) await db.insert(ticketEvents).values(rows);
}

/**
 * History in order; contacts get public events only. Every event is parsed:
 * an unknown or malformed one throws INVALID_TICKET_EVENT rather than being
 * skipped, since a missing event would silently move an SLA due time.
 */
export async function listTicketEvents(db: Db, ticketId: string, opts: { includeInternal: boolean }): Promise<TicketEventRow[]> {
  const rows = await db
    .select()
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), opts.includeInternal ? undefined : eq(ticketEvents.internal, false)))
    .orderBy(asc(ticketEvents.id));
  return rows.map(({ type, data, ...meta }) => ({ ...meta, ...parseTicketEvent(type, data, meta.id) }));
}

export async function insertTicketMessage(db: Db, m: typeof ticketMessages.$inferInsert): Promise<TicketMessageRow> {
  const [r] = await db.insert(ticketMessages).values(m).returning();
  return r!;
}

/** Conversation in order; contacts never receive internal notes. */
export async function listTicketMessages(db: Db, ticketId: string, opts: { includeNotes: boolean }): Promise<TicketMessageRow[]> {
  return db
    .select()
    .from(ticketMessages)
    .where(and(eq(ticketMessages.ticketId, ticketId), opts.includeNotes ? undefined : sql`${ticketMessages.kind} <> 'note'`))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
}

/** Locks the contract row: concurrent registrations on one contract queue here (R-P5 race). */
export async function lockContract(db: Db, contractId: string): Promise<void> {
  await db.select({ id: contracts.id }).from(contracts).where(eq(contracts.id, contractId)).for('update');
}

/**
 * R-P5 usage of one contract year. `used` never includes an overage ticket:
 * it is billed on its own and takes no ticket of the allowance or of a bundle.
 */
export async function allowanceUsage(
  db: Db,
  contractId: string,
  yearStart: string,
): Promise<{ used: number; excludedByGoLive: number; overage: number; fromBundles: number }> {
  const rows = rowsOf<{ used: number; excluded: number; overage: number; bundles: number }>(
    await db.execute(sql`
      SELECT count(*) FILTER (WHERE counts_against_allowance AND NOT overage)::int AS used,
             count(*) FILTER (WHERE allowance_exclusion = 'go_live_grace')::int AS excluded,
             count(*) FILTER (WHERE overage)::int AS overage,
             (SELECT coalesce(sum(b.tickets), 0)::int FROM ${ticketBundles} b WHERE b.contract_id = ${contractId} AND b.year_start = ${yearStart}::date) AS bundles
      FROM tickets WHERE contract_id = ${contractId} AND allowance_year_start = ${yearStart}::date`),
  );
  const r = rows[0] ?? { used: 0, excluded: 0, overage: 0, bundles: 0 };
  return { used: r.used, excludedByGoLive: r.excluded, overage: r.overage, fromBundles: Number(r.bundles) };
}

export async function countTickets(db: Db, customerId: string): Promise<number> {
  const [c] = await db.select({ n: count() }).from(tickets).where(eq(tickets.customerId, customerId));
  return Number(c?.n ?? 0);
}
