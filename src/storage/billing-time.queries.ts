import { and, asc, between, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { billingClaims, tariffs, tickets, timeEntries, users } from './schema/index.js';

export type TariffRow = typeof tariffs.$inferSelect;
export type TimeEntryRow = typeof timeEntries.$inferSelect;

export async function insertTariffRow(db: Db, row: typeof tariffs.$inferInsert): Promise<TariffRow> {
  const [r] = await db.insert(tariffs).values(row).returning();
  return r!;
}

/** Every tariff (a price list is small), newest effective date first. */
export async function listTariffRows(db: Db, f: { currency?: string } = {}): Promise<TariffRow[]> {
  return db.select().from(tariffs).where(f.currency ? eq(tariffs.currency, f.currency) : undefined).orderBy(desc(tariffs.effectiveFrom), asc(tariffs.activity));
}

export async function insertTimeEntryRow(db: Db, row: typeof timeEntries.$inferInsert): Promise<TimeEntryRow> {
  const [r] = await db.insert(timeEntries).values(row).returning();
  return r!;
}

export interface TimeEntryListRow extends TimeEntryRow {
  userName: string;
  invoiceId: string | null;
}

const listColumns = { e: timeEntries, userName: users.name, invoiceId: billingClaims.invoiceId };
const claimJoin = and(eq(billingClaims.sourceType, 'time_entry'), eq(billingClaims.sourceId, timeEntries.id));

/** A ticket's time entries, oldest first, with the author's name and the invoice that bills each (if any). */
export async function listTicketTimeEntryRows(db: Db, ticketId: string): Promise<TimeEntryListRow[]> {
  const rows = await db
    .select(listColumns)
    .from(timeEntries)
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .leftJoin(billingClaims, claimJoin)
    .where(eq(timeEntries.ticketId, ticketId))
    .orderBy(asc(timeEntries.workDate), asc(timeEntries.createdAt));
  return rows.map((r) => ({ ...r.e, userName: r.userName, invoiceId: r.invoiceId }));
}

/** One agent's timesheet between two dates (inclusive). */
export async function listUserTimeEntryRows(db: Db, userId: string, from: string, to: string): Promise<TimeEntryListRow[]> {
  const rows = await db
    .select(listColumns)
    .from(timeEntries)
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .leftJoin(billingClaims, claimJoin)
    .where(and(eq(timeEntries.userId, userId), between(timeEntries.workDate, from, to)))
    .orderBy(asc(timeEntries.workDate), asc(timeEntries.createdAt));
  return rows.map((r) => ({ ...r.e, userName: r.userName, invoiceId: r.invoiceId }));
}

export async function findTimeEntryRow(db: Db, id: string): Promise<(TimeEntryRow & { invoiceId: string | null }) | null> {
  const [r] = await db.select({ e: timeEntries, invoiceId: billingClaims.invoiceId }).from(timeEntries).leftJoin(billingClaims, claimJoin).where(eq(timeEntries.id, id)).limit(1);
  return r ? { ...r.e, invoiceId: r.invoiceId } : null;
}

export async function deleteTimeEntryRow(db: Db, id: string): Promise<void> {
  await db.delete(timeEntries).where(eq(timeEntries.id, id));
}

export interface BillableTimeRow extends TimeEntryRow {
  ticketNumber: number;
  ticketSubject: string;
}

/** R-B7/R-B8: the customer's billable time in [from, to] not yet on a live invoice, locked against a concurrent draft. */
export async function listUnclaimedBillableTime(db: Db, customerId: string, from: string, to: string): Promise<BillableTimeRow[]> {
  const rows = await db
    .select({ e: timeEntries, ticketNumber: tickets.number, ticketSubject: tickets.subject })
    .from(timeEntries)
    .innerJoin(tickets, eq(tickets.id, timeEntries.ticketId))
    .leftJoin(billingClaims, claimJoin)
    .where(and(eq(timeEntries.customerId, customerId), eq(timeEntries.billable, true), between(timeEntries.workDate, from, to), isNull(billingClaims.sourceId)))
    .orderBy(asc(tickets.number), asc(timeEntries.workDate), asc(timeEntries.createdAt))
    .for('update', { of: timeEntries });
  return rows.map((r) => ({ ...r.e, ticketNumber: r.ticketNumber, ticketSubject: r.ticketSubject }));
}

/** Minutes logged on a ticket, total and billable. */
export async function ticketTimeTotals(db: Db, ticketId: string): Promise<{ minutes: number; billableMinutes: number }> {
  const [r] = await db
    .select({ m: sql<number>`coalesce(sum(${timeEntries.minutes}), 0)::int`, b: sql<number>`coalesce(sum(${timeEntries.minutes}) FILTER (WHERE ${timeEntries.billable}), 0)::int` })
    .from(timeEntries)
    .where(eq(timeEntries.ticketId, ticketId));
  return { minutes: Number(r?.m ?? 0), billableMinutes: Number(r?.b ?? 0) };
}
