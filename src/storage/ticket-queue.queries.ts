import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';
import { contacts, customers, tickets, users } from './schema/index.js';
import type { TicketStatusValue } from './schema/tickets.js';
import { DONE_TICKET_STATUSES, OPEN_TICKET_STATUSES } from '../core/enums.js';

/** Statuses of a ticket still being worked on (the queue's default, and its partial indexes). */
export const OPEN_STATUSES: readonly TicketStatusValue[] = OPEN_TICKET_STATUSES;
/** The done statuses as literals, not parameters: the planner matches a partial index's predicate only against constants. */
const DONE_LITERALS = sql.raw(DONE_TICKET_STATUSES.map((x) => `'${x}'`).join(', '));
/** Counts stop here: a total of COUNT_CAP + 1 means "more than COUNT_CAP". */
export const COUNT_CAP = 10_000;

/** What a list may filter on; every field is optional (ANDed). */
export interface TicketListFilter {
  /** Default: the open statuses. */
  statuses?: readonly TicketStatusValue[];
  severities?: readonly string[];
  customerId?: string;
  /** A user id, or null for unassigned. */
  assigneeId?: string | null;
  breached?: boolean;
  /** queue_due_at at or before this instant. */
  dueBefore?: Date;
  highPriority?: boolean;
  /** Full-text query (websearch syntax, 'simple' configuration). */
  text?: string;
  /** Ticket number; `numberOnly` drops the text match (the caller typed "#123"). */
  number?: number;
  numberOnly?: boolean;
}

/** The columns a summary needs: never the bodies or the search vectors. */
const summaryColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  customerId: tickets.customerId,
  requesterId: tickets.requesterId,
  channel: tickets.channel,
  status: tickets.status,
  severity: tickets.severity,
  highPriority: tickets.highPriority,
  registeredAt: tickets.registeredAt,
  firstResponseAt: tickets.firstResponseAt,
  responseDueAt: tickets.responseDueAt,
  resolutionDueAt: tickets.resolutionDueAt,
  responseState: tickets.responseState,
  resolutionState: tickets.resolutionState,
  responseIndicative: tickets.responseIndicative,
  resolutionIndicative: tickets.resolutionIndicative,
  queueDueAt: tickets.queueDueAt,
};

export type QueueRow = Awaited<ReturnType<typeof selectQueue>>[number];
export type CustomerTicketRow = Awaited<ReturnType<typeof selectCustomerTickets>>[number];

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * A commitment (not an indicative target) is breached when its clock is
 * recorded as breached, or is running and its due time is now or past (the
 * rule of core/sla/is-clock-breached.ts, repeated here for the queue: rules-sql-vs-core.test.ts
 * drives both with generated cases).
 */
export function breachedSql(now: Date): SQL {
  const clock = (state: AnyPgColumn, due: AnyPgColumn, indicative: AnyPgColumn) =>
    sql`(NOT ${indicative} AND (${state} = 'breached' OR (${state} = 'running' AND coalesce(${due} <= ${at(now)}, false))))`;
  const response = clock(tickets.responseState, tickets.responseDueAt, tickets.responseIndicative);
  return sql`(${response} OR ${clock(tickets.resolutionState, tickets.resolutionDueAt, tickets.resolutionIndicative)})`;
}

/** R-K9: high priority first, then the nearest running commitment, then number (the queue indexes' key order). */
const QUEUE_ORDER = [desc(tickets.highPriority), sql`${tickets.queueDueAt} ASC NULLS LAST`, asc(tickets.number)];

/** Filters ANDed; `vector` is the tsvector the text search may see; no statuses given = `defaultStatuses` (null: all). */
function whereOf(f: TicketListFilter, now: Date, vector: SQL, defaultStatuses: readonly TicketStatusValue[] | null): SQL[] {
  const w: SQL[] = [];
  const statuses = f.statuses?.length ? [...new Set(f.statuses)] : defaultStatuses;
  // Open tickets are spelled like the partial indexes' predicate, so the planner can use those indexes.
  const openOnly = statuses?.every((s) => OPEN_STATUSES.includes(s));
  if (openOnly) w.push(sql`${tickets.status} NOT IN (${DONE_LITERALS})`);
  if (statuses && !(openOnly && statuses.length === OPEN_STATUSES.length)) w.push(inArray(tickets.status, [...statuses]));
  if (f.severities?.length) w.push(inArray(tickets.severity, [...f.severities]));
  if (f.customerId) w.push(eq(tickets.customerId, f.customerId));
  if (f.assigneeId === null) w.push(isNull(tickets.assigneeId));
  else if (f.assigneeId) w.push(eq(tickets.assigneeId, f.assigneeId));
  if (f.breached !== undefined) w.push(f.breached ? breachedSql(now) : sql`NOT ${breachedSql(now)}`);
  if (f.dueBefore) w.push(sql`${tickets.queueDueAt} <= ${at(f.dueBefore)}`);
  if (f.highPriority !== undefined) w.push(eq(tickets.highPriority, f.highPriority));
  const text = f.text?.trim() ? sql`(${vector}) @@ websearch_to_tsquery('simple', ${f.text.trim()})` : undefined;
  const num = f.number !== undefined ? eq(tickets.number, f.number) : undefined;
  const search = f.numberOnly ? num : num && text ? or(num, text) : (num ?? text);
  if (search) w.push(search);
  return w;
}

/** Counts matching rows up to COUNT_CAP + 1 (so a huge match never costs a full scan). */
async function cappedCount(db: Db, where: SQL | undefined): Promise<number> {
  const inner = db.select({ one: sql`1` }).from(tickets).where(where).limit(COUNT_CAP + 1);
  const [r] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM (${inner}) AS capped`));
  return Number(r?.n ?? 0);
}

/**
 * Deferred join: the page of ids comes from the queue indexes alone (index-only
 * when every filter column is covered), then only those rows are read and joined.
 */
function selectQueue(db: Db, where: SQL | undefined, page: PageRequest) {
  const p = db
    .select({ id: tickets.id, highPriority: tickets.highPriority, queueDueAt: tickets.queueDueAt, number: tickets.number })
    .from(tickets)
    .where(where)
    .orderBy(...QUEUE_ORDER)
    .limit(page.limit)
    .offset(page.offset)
    .as('page');
  return db
    .select({ ...summaryColumns, customerName: customers.name, requesterName: contacts.name, assigneeId: tickets.assigneeId, assigneeName: users.name })
    .from(p)
    .innerJoin(tickets, eq(tickets.id, p.id))
    .innerJoin(customers, eq(customers.id, tickets.customerId))
    .innerJoin(contacts, eq(contacts.id, tickets.requesterId))
    .leftJoin(users, eq(users.id, tickets.assigneeId))
    .orderBy(desc(p.highPriority), sql`${p.queueDueAt} ASC NULLS LAST`, asc(p.number));
}

/**
 * The agent queue (staff only; no tenant scope): R-K9 high priority first,
 * then the nearest running commitment (queue_due_at), then number. Searches
 * public text and internal notes. `total` is capped at COUNT_CAP + 1.
 */
export async function listQueueRows(db: Db, f: TicketListFilter, now: Date, page: PageRequest): Promise<{ rows: QueueRow[]; total: number }> {
  const where = and(...whereOf(f, now, sql`${tickets.searchPublic} || ${tickets.searchInternal}`, OPEN_STATUSES));
  const [rows, total] = await Promise.all([selectQueue(db, where, page), cappedCount(db, where)]);
  return { rows, total };
}

function selectCustomerTickets(db: Db, where: SQL | undefined, page: PageRequest) {
  return db
    .select({ ...summaryColumns, requesterName: contacts.name })
    .from(tickets)
    .innerJoin(contacts, eq(contacts.id, tickets.requesterId))
    .where(where)
    .orderBy(desc(tickets.registeredAt), desc(tickets.number))
    .limit(page.limit)
    .offset(page.offset);
}

export type CustomerTicketFilter = Pick<TicketListFilter, 'statuses' | 'text' | 'number' | 'numberOnly'>;

/** Tenant scope first; the text search sees search_public only. */
function customerWhere(customerId: string, f: CustomerTicketFilter): SQL | undefined {
  const only = { statuses: f.statuses, text: f.text, number: f.number, numberOnly: f.numberOnly };
  return and(eq(tickets.customerId, customerId), ...whereOf(only, new Date(0), sql`${tickets.searchPublic}`, null));
}

/**
 * One customer's tickets, newest first, for its contacts (tenant-scoped
 * here: customerId is required). Searches ONLY search_public, so an internal
 * note can never match, be counted or be hinted at. `total` is capped like the queue's.
 */
export async function listCustomerTicketRows(
  db: Db,
  customerId: string,
  f: CustomerTicketFilter,
  page: PageRequest,
): Promise<{ rows: CustomerTicketRow[]; total: number }> {
  const where = customerWhere(customerId, f);
  const [rows, total] = await Promise.all([selectCustomerTickets(db, where, page), cappedCount(db, where)]);
  return { rows, total };
}

/** Keyset page for exports: rows strictly older than `after` (registeredAt, number), newest first. */
export async function listCustomerTicketRowsAfter(
  db: Db,
  customerId: string,
  f: CustomerTicketFilter,
  after: { registeredAt: Date; number: number } | null,
  limit: number,
): Promise<CustomerTicketRow[]> {
  const key = after ? sql`(${tickets.registeredAt}, ${tickets.number}) < (${at(after.registeredAt)}, ${after.number})` : undefined;
  return selectCustomerTickets(db, and(customerWhere(customerId, f), key), { limit, offset: 0 });
}
