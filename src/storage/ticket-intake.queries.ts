import { getTableColumns } from 'drizzle-orm';
import { parseTicketEvent, type TicketEventData, type TicketEventMeta } from '../core/tickets/ticket-events.js';
import type { Db } from './db.js';
import { coalesce } from './coalesce.js';
import { prepared, runPrepared } from './prepared.js';
import { outboxMessages, ticketEvents, tickets } from './schema/index.js';
import type { TicketEventRow, TicketRow } from './tickets.queries.js';
import type { Scope } from '../core/scope.js';
import type { Locale } from '../core/enums.js';

/**
 * Registration's read and its write, one statement each, and concurrent
 * registrations merged into one statement of each (R-K1 is the busiest path:
 * docs/ARCHITECTURE.md "Hot paths", storage/coalesce.ts).
 */

/** Everything intake decides on, read in one statement. */
export interface IntakeContext {
  id: string;
  customerId: string;
  email: string;
  name: string;
  isAuthorized: boolean;
  locale: Locale;
  contactZone: string;
  customerZone: string;
  /** The registration instant's date in the customer's zone (contract, allowance year, go-live grace). */
  date: string;
  contractId: string | null;
  planId: string | null;
  contractStart: string | null;
  goLiveDate: string | null;
  planName: string | null;
  /** The plan version in force on `date` (read from the per-process cache: versions never change, R-P2). */
  planVersionId: string | null;
  /** The plan version's calendar versions (`id@version,…`): a compiled calendar with this key is current. */
  calendarKey: string | null;
  severityKnown: boolean;
  /**
   * R-C2: the cap in force on `date`, the most generous of the customer's contracts in force
   * (null = no cap), and how many authorized contacts were authorized before this one.
   */
  authorizedCap: number | null;
  authorizedRank: number;
  /** The ticket number, drawn now: a refused request leaves a gap (ticket numbers are unique, not gap-free). */
  number: number;
}

// One row per lookup ($i: its position); the local date comes from PostgreSQL's zone rules (the same
// IANA database as Node's). The contract in force, the plan version on a date and the calendar key
// repeat listActiveContractRows, findPlanVersionRowOn and the calendar cache's key in SQL:
// ticket-intake.queries.test.ts holds them equal. Core's rule is findContractInForce and
// pickVersionInForce: rules-sql-vs-core.test.ts drives it and this statement with generated cases.
const CONTEXT = prepared(
  'intake_context',
  `SELECT q.i AS "$i", c.id AS "id", c.customer_id AS "customerId", c.email AS "email", c.name AS "name", c.is_authorized AS "isAuthorized",
          c.locale AS "locale", c.time_zone AS "contactZone", cu.time_zone AS "customerZone", day.d::text AS "date",
          k.id AS "contractId", k.plan_id AS "planId", k.start_date AS "contractStart", k.go_live_date AS "goLiveDate",
          p.name AS "planName", v.id AS "planVersionId",
          (SELECT string_agg(cv.id || '@' || cv.version, ',' ORDER BY cv.version) FROM calendar_versions cv WHERE cv.calendar_id = v.calendar_id) AS "calendarKey",
          EXISTS (SELECT 1 FROM severities s WHERE s.code = q.severity AND s.archived_at IS NULL) AS "severityKnown",
          (SELECT CASE WHEN bool_or(cv.cap IS NULL) THEN NULL ELSE max(cv.cap) END
             FROM contracts k2 CROSS JOIN LATERAL (
               SELECT pv.max_authorized_contacts AS cap FROM plan_versions pv
                WHERE pv.plan_id = k2.plan_id AND pv.effective_from <= day.d
                ORDER BY pv.effective_from DESC LIMIT 1) cv
            WHERE k2.customer_id = c.customer_id AND k2.archived_at IS NULL
              AND k2.start_date <= day.d AND (k2.end_date IS NULL OR k2.end_date >= day.d)) AS "authorizedCap",
          CASE WHEN c.is_authorized THEN (
            SELECT count(*)::int FROM contacts o
             WHERE o.customer_id = c.customer_id AND o.archived_at IS NULL AND o.is_authorized AND o.id <> c.id
               AND (coalesce(o.authorized_at, o.created_at), o.created_at, o.id) < (coalesce(c.authorized_at, c.created_at), c.created_at, c.id))
          ELSE 0 END AS "authorizedRank",
          nextval('ticket_numbers') AS "number"
     FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::uuid[]) WITH ORDINALITY AS q(requester, at, severity, scope, i)
     JOIN contacts c ON c.id = q.requester AND c.archived_at IS NULL AND (q.scope IS NULL OR c.customer_id = q.scope)
     JOIN customers cu ON cu.id = c.customer_id
     CROSS JOIN LATERAL (SELECT (q.at AT TIME ZONE cu.time_zone)::date AS d) day
     LEFT JOIN LATERAL (
       SELECT k.* FROM contracts k
        WHERE k.customer_id = c.customer_id AND k.archived_at IS NULL AND cu.archived_at IS NULL
          AND k.start_date <= day.d AND (k.end_date IS NULL OR k.end_date >= day.d)
        ORDER BY k.start_date, k.id LIMIT 1) k ON true
     LEFT JOIN plans p ON p.id = k.plan_id
     LEFT JOIN LATERAL (
       SELECT pv.id, pv.calendar_id FROM plan_versions pv
        WHERE pv.plan_id = k.plan_id AND pv.effective_from <= day.d
        ORDER BY pv.effective_from DESC LIMIT 1) v ON true`,
);

type ContextLookup = { requesterId: string; scope: Scope; at: Date; severity: string };

const contextLookup = coalesce(async (db: Db, lookups: ContextLookup[]): Promise<Array<IntakeContext | null>> => {
  const rows = await runPrepared<IntakeContext & { $i: number }>(db, CONTEXT, [
    lookups.map((l) => l.requesterId), lookups.map((l) => l.at), lookups.map((l) => l.severity), lookups.map((l) => l.scope.customerId),
  ]);
  const out: Array<IntakeContext | null> = lookups.map(() => null);
  for (const { $i, ...r } of rows) out[Number($i) - 1] = r;
  return out;
});

/** The requester (within the scope), its customer, contract and plan on the registration instant; null when no such live contact. */
export function loadIntakeContext(db: Db, input: ContextLookup): Promise<IntakeContext | null> {
  return contextLookup(db, input);
}

/** A new ticket: every column given (no hidden defaults), except the search vectors, computed from subject and body. */
export type NewTicket = Required<Omit<typeof tickets.$inferInsert, 'searchPublic' | 'searchInternal'>>;
/** The new ticket's 'created' event (core/tickets/ticket-events.ts). */
export type NewTicketEvent = Omit<TicketEventMeta, 'internal'> & { type: 'created'; data: TicketEventData<'created'> };
/** The acknowledgement's outbox row (its ticket is the new one). */
export type NewTicketMail = Required<Pick<typeof outboxMessages.$inferInsert,
  'createdAt' | 'dedupeKey' | 'template' | 'locale' | 'recipientKind' | 'recipientId' | 'toAddress' | 'toName' | 'subject' | 'textBody' | 'htmlBody' | 'headers' | 'customerId' | 'nextAttemptAt' | 'notBefore'>>;

type Columns = Record<string, { name: string; getSQLType(): string }>;
const TICKET_COLUMNS = getTableColumns(tickets) as unknown as Columns;
const TICKET_KEYS = Object.keys(TICKET_COLUMNS).filter((k) => k !== 'searchPublic' && k !== 'searchInternal') as Array<keyof NewTicket>;
const EVENT_KEYS = ['at', 'actorKind', 'actorId', 'type', 'data'] as const satisfies ReadonlyArray<keyof NewTicketEvent>;
const MAIL_KEYS = [
  'createdAt', 'dedupeKey', 'template', 'locale', 'recipientKind', 'recipientId', 'toAddress', 'toName', 'subject', 'textBody', 'htmlBody', 'headers', 'customerId', 'nextAttemptAt', 'notBefore',
] as const satisfies ReadonlyArray<keyof NewTicketMail>;

/** `unnest($n::type[], …) AS alias(col, …)` over the given columns, parameters from `from`. */
function unnestOf(table: Columns, keys: readonly string[], from: number, alias: string): string {
  const arrays = keys.map((k, i) => `$${from + i}::${table[k]!.getSQLType()}[]`).join(', ');
  return `unnest(${arrays}) AS ${alias}(${keys.map((k) => `"${table[k]!.name}"`).join(', ')})`;
}
const names = (table: Columns, keys: readonly string[]) => keys.map((k) => `"${table[k]!.name}"`).join(', ');

const EVENT_COLUMNS = getTableColumns(ticketEvents) as unknown as Columns;
const MAIL_COLUMNS = getTableColumns(outboxMessages) as unknown as Columns;
const ID_ARRAY = TICKET_KEYS.indexOf('id') + 1;
const T = TICKET_KEYS.length;
const E = EVENT_KEYS.length;

// Tickets, their 'created' events and their acknowledgements in one statement: one round trip, atomic
// without BEGIN/COMMIT, for one registration or for several merged (storage/coalesce.ts). Every value
// comes as a column array; ids are made by the caller, so events and mails name their ticket directly.
const M = MAIL_KEYS.length;

/** The write; with `guard`, a CTE named g, every insert happens only when g returns a row. */
function insertText(guard: string | null): string {
  const only = guard ? ' WHERE EXISTS (SELECT 1 FROM g)' : '';
  return `WITH ${guard ? `g AS (${guard}),\n   ` : ''}t AS (
     INSERT INTO tickets (${names(TICKET_COLUMNS, TICKET_KEYS)}, search_public, search_internal)
     SELECT r.*, to_tsvector('simple', r.subject || ' ' || r.body_text), ''::tsvector FROM ${unnestOf(TICKET_COLUMNS, TICKET_KEYS, 1, 'r')}${only}
     RETURNING id),
   e AS (
     INSERT INTO ticket_events (ticket_id, ${names(EVENT_COLUMNS, EVENT_KEYS)})
     SELECT * FROM unnest($${ID_ARRAY}::uuid[], ${EVENT_KEYS.map((k, i) => `$${T + 1 + i}::${EVENT_COLUMNS[k]!.getSQLType()}[]`).join(', ')})${only}
     RETURNING id, ticket_id, internal),
   m AS (
     INSERT INTO outbox_messages (ticket_id, ${names(MAIL_COLUMNS, MAIL_KEYS)})
     SELECT * FROM unnest($${ID_ARRAY}::uuid[], ${MAIL_KEYS.map((k, i) => `$${T + E + 1 + i}::${MAIL_COLUMNS[k]!.getSQLType()}[]`).join(', ')})${only})
   SELECT e.ticket_id AS "ticketId", e.id AS "eventId", e.internal AS "internal" FROM t JOIN e ON e.ticket_id = t.id`;
}

// Tickets, their 'created' events and their acknowledgements in one statement: one round trip, atomic
// without BEGIN/COMMIT, for one registration or for several merged (storage/coalesce.ts). Every value
// comes as a column array; ids are made by the caller, so events and mails name their ticket directly.
const INSERT = prepared('intake_insert_tickets', insertText(null));

// R-P5, one ticket that counts against a limited allowance, written only while its contract year's
// counter (allowance_counters, locked by g until the statement ends) stays below `below` percent of
// included + bundles after it: the counter's trigger then counts the ticket in the same statement.
// Concurrent ones queue on the counter row and re-check it (docs/ARCHITECTURE.md "Hot paths").
// Nothing written means: no counter row yet, a threshold or the end of the allowance is near; the
// caller then decides under the row lock (claimAllowanceYear).
const P = T + E + M;
const INSERT_COUNTED = prepared(
  'intake_insert_counted',
  insertText(`UPDATE allowance_counters a SET used = a.used
      WHERE a.contract_id = $${P + 1}::uuid AND a.year_start = $${P + 2}::date
        AND (a.used + 1) * 100 < ($${P + 3}::int + (SELECT coalesce(sum(b.tickets), 0)::int FROM ticket_bundles b
                                               WHERE b.contract_id = $${P + 1}::uuid AND b.year_start = $${P + 2}::date)) * $${P + 4}::int
      RETURNING a.used`),
);

export interface NewRegisteredTicket {
  ticket: NewTicket;
  event: NewTicketEvent;
  mail: NewTicketMail;
}

type Written = { ticket: TicketRow; event: TicketEventRow };

function columnsOf(items: NewRegisteredTicket[]): unknown[] {
  // Nothing unparseable is written: a spread of extra fields into 'created' is caught here, not on the first read.
  for (const it of items) parseTicketEvent(it.event.type, it.event.data);
  const values: unknown[] = [];
  for (const k of TICKET_KEYS) values.push(items.map((it) => it.ticket[k]));
  for (const k of EVENT_KEYS) values.push(items.map((it) => it.event[k]));
  for (const k of MAIL_KEYS) values.push(items.map((it) => it.mail[k]));
  return values;
}

// Every column was given, so the rows written are the rows in hand (no RETURNING * to parse).
function writtenOf(items: NewRegisteredTicket[], rows: Array<{ ticketId: string; eventId: number; internal: boolean }>): Array<Written | null> {
  const events = new Map(rows.map((r) => [r.ticketId, r]));
  return items.map((it) => {
    const e = events.get(it.ticket.id);
    return e ? { ticket: it.ticket, event: { id: Number(e.eventId), ticketId: it.ticket.id, ...it.event, internal: e.internal } } : null;
  });
}

const insertMany = coalesce(
  async (db: Db, items: NewRegisteredTicket[]): Promise<Written[]> =>
    writtenOf(items, await runPrepared(db, INSERT, columnsOf(items))) as Written[],
  { maxBatch: 32 },
);

/** Writes a registered ticket, its first history event and its acknowledgement, atomically. */
export function insertRegisteredTicket(db: Db, input: NewRegisteredTicket): Promise<Written> {
  return insertMany(db, input);
}

/**
 * The same write for a ticket that counts against a limited allowance, in one statement without a
 * transaction, done only while the contract year's counter stays below `belowPercent` of `included`
 * + the year's bundles after it (INSERT_COUNTED); null when nothing was written.
 */
export async function insertCountedTicket(
  db: Db,
  input: NewRegisteredTicket,
  year: { contractId: string; yearStart: string; included: number; belowPercent: number },
): Promise<Written | null> {
  const values = [...columnsOf([input]), year.contractId, year.yearStart, year.included, year.belowPercent];
  return writtenOf([input], await runPrepared(db, INSERT_COUNTED, values))[0]!;
}
