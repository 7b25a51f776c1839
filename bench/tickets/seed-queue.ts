import type pg from 'pg';
import type { Clock } from '../../src/core/clock.js';
import type { Db } from '../../src/storage/db.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';

/** Two template plans (standard and Premium/high priority) made by createTicketWorld. */
export interface SeedPlans {
  standard: { planId: string; planVersionId: string; calendarId: string };
  premium: { planId: string; planVersionId: string; calendarId: string };
}

/** Words people really type first (the common end of the vocabulary), then pseudo-words. */
/** Vocabulary size: word k is drawn with probability ∝ k^(-1/3) (power 1.5 below), so word 1 is in ~3 % of tickets. */
export const VOCABULARY = 50_000;

const REAL_WORDS = ['export', 'pdf', 'login', 'timeout', 'signature', 'upload', 'invoice', 'error', 'slow', 'search', 'document', 'printer', 'password', 'backup', 'certificate', 'workflow'];

/**
 * Customers (10 % Premium), contracts, one contact each, 50 agents, and a
 * vocabulary; all in SQL. Tickets come from seedTickets.
 */
export async function seedPeople(c: pg.Client, plans: SeedPlans, customers: number): Promise<void> {
  await c.query(`CREATE TABLE bench_customers AS
    SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS contract_id, gen_random_uuid() AS contact_id, (i % 10 = 0) AS premium
    FROM generate_series(1, ${customers}) AS i`);
  await c.query(`CREATE UNIQUE INDEX ON bench_customers (i)`);
  await c.query(`INSERT INTO customers (id, code, name, time_zone) SELECT id, 'bench' || i, 'Bench customer ' || i, 'Europe/Madrid' FROM bench_customers`);
  await c.query(
    `INSERT INTO contracts (id, customer_id, plan_id, start_date) SELECT contract_id, id, CASE WHEN premium THEN $1::uuid ELSE $2::uuid END, '2020-01-01' FROM bench_customers`,
    [plans.premium.planId, plans.standard.planId],
  );
  await c.query(`INSERT INTO contacts (id, customer_id, email, name, is_authorized) SELECT contact_id, id, 'c' || i || '@bench.test', 'Contact ' || i, true FROM bench_customers`);
  await c.query(`CREATE TABLE bench_agents AS SELECT i, gen_random_uuid() AS id FROM generate_series(1, 50) AS i`);
  await c.query(`INSERT INTO users (id, email, name, role) SELECT id, 'agent' || i || '@bench.test', 'Agent ' || i, 'agent' FROM bench_agents`);
  // One row per word (an array would be detoasted whole at every subscript).
  await c.query(
    `CREATE TABLE bench_words AS SELECT i::int, coalesce(($1::text[])[i], substr(md5(i::text), 1, 5 + i % 4)) AS word FROM generate_series(1, ${VOCABULARY}) AS i`,
    [REAL_WORDS],
  );
  await c.query(`CREATE UNIQUE INDEX ON bench_words (i)`);
  await c.query('ANALYZE bench_words');
}

/** A correlated subquery (s.g keeps it per row) drawing `count` words, Zipf-like for power > 1. */
const words = (count: number, power: number) =>
  `(SELECT string_agg(w.word, ' ') FROM (SELECT 1 + floor(${VOCABULARY} * power(random(), ${power}))::int AS k FROM generate_series(1, ${count} + (s.g % 1))) AS d JOIN bench_words AS w ON w.i = d.k)`;

/**
 * `n` tickets starting at ticket `from`: ~20 % open (new 5, open 8, pending 4,
 * on hold 3), severities 5/15/40/40 %, 10 % unassigned, customers skewed
 * (a few big ones), open tickets from the last 30 days and closed ones over 3
 * years, due times from per-severity targets (some past: breached), words
 * drawn Zipf-like from the vocabulary, internal notes on 10 %.
 */
export async function seedTickets(c: pg.Client, plans: SeedPlans, customers: number, from: number, n: number): Promise<void> {
  await c.query(
    `
WITH s AS (
  SELECT g, 1 + floor(${customers} * power(random(), 2))::int AS ci,
         random() AS rs, random() AS rv, random() AS ra, random() AS rt, random() AS rd, random() AS rn
  FROM generate_series($1::int, $2::int) AS g
), t AS (
  SELECT s.*, c.id AS customer_id, c.contract_id, c.contact_id, c.premium,
    CASE WHEN rs < 0.05 THEN 'new' WHEN rs < 0.13 THEN 'open' WHEN rs < 0.17 THEN 'pending' WHEN rs < 0.20 THEN 'on_hold'
         WHEN rs < 0.50 THEN 'solved' ELSE 'closed' END AS status,
    CASE WHEN rv < 0.05 THEN 'blocker' WHEN rv < 0.20 THEN 'critical' WHEN rv < 0.60 THEN 'major' ELSE 'trivial' END AS severity,
    ${words(6, 1.5)} AS subject,
    ${words(30, 1.5)} AS body,
    CASE WHEN rn < 0.1 THEN ${words(8, 1)} END AS note
  FROM s JOIN bench_customers c ON c.i = s.ci
), d AS (
  SELECT t.*,
    now() - CASE WHEN status IN ('solved', 'closed') THEN interval '3 years' ELSE interval '30 days' END * rt AS registered_at,
    CASE severity WHEN 'blocker' THEN interval '4 hours' WHEN 'critical' THEN interval '8 hours' WHEN 'major' THEN interval '2 days' ELSE interval '3 days' END AS resp,
    CASE severity WHEN 'blocker' THEN interval '1 day' WHEN 'critical' THEN interval '3 days' WHEN 'major' THEN interval '7 days' ELSE interval '21 days' END AS res
  FROM t
), e AS (
  SELECT d.*, registered_at + resp AS response_due_at, registered_at + res AS resolution_due_at,
    CASE WHEN status = 'new' THEN NULL ELSE registered_at + resp * (rd * 1.3) END AS first_response_at
  FROM d
)
INSERT INTO tickets (customer_id, contract_id, plan_version_id, calendar_id, requester_id, channel, subject, body_html, body_text,
  proposed_severity, severity, status, assignee_id, high_priority, registered_at, first_response_at, solved_at, closed_at,
  allowance_year_start, counts_against_allowance, allowance_exclusion,
  response_due_at, resolution_due_at, response_state, resolution_state, response_indicative, resolution_indicative,
  queue_due_at, sla_computed_at, search_public, search_internal, updated_at, reply_token)
SELECT customer_id, contract_id, CASE WHEN premium THEN $3::uuid ELSE $4::uuid END, CASE WHEN premium THEN $5::uuid ELSE $6::uuid END,
  contact_id, (ARRAY['portal', 'email', 'phone', 'api'])[1 + (g % 4)], subject, '<p>' || body || '</p>', body,
  severity, severity, status,
  CASE WHEN ra < 0.1 THEN NULL ELSE (SELECT a.id FROM bench_agents a WHERE a.i = 1 + floor(ra * 50)::int % 50) END,
  premium, registered_at, first_response_at,
  CASE WHEN status IN ('solved', 'closed') THEN resolution_due_at - res * (0.5 - rd) END,
  CASE WHEN status = 'closed' THEN resolution_due_at END,
  date_trunc('year', registered_at)::date, NOT premium, CASE WHEN premium THEN 'unlimited' END,
  response_due_at, resolution_due_at,
  CASE WHEN status = 'new' THEN (CASE WHEN severity <> 'trivial' AND response_due_at < now() AND rn < 0.5 THEN 'breached' ELSE 'running' END)
       WHEN first_response_at <= response_due_at OR severity = 'trivial' THEN 'met' ELSE 'breached' END,
  CASE WHEN status IN ('new', 'open', 'on_hold') THEN (CASE WHEN resolution_due_at < now() AND rn < 0.5 THEN 'breached' ELSE 'running' END)
       WHEN status = 'pending' THEN 'paused' WHEN rd < 0.8 THEN 'met' ELSE 'breached' END,
  severity = 'trivial', false,
  CASE WHEN status = 'new' THEN least(CASE WHEN severity <> 'trivial' THEN response_due_at END, resolution_due_at)
       WHEN status IN ('open', 'on_hold') THEN resolution_due_at END,
  now(), to_tsvector('simple', subject || ' ' || body), CASE WHEN note IS NULL THEN ''::tsvector ELSE to_tsvector('simple', note) END,
  greatest(registered_at, coalesce(first_response_at, registered_at)), md5(g::text || random()::text)
FROM e`,
    [from, from + n - 1, plans.premium.planVersionId, plans.standard.planVersionId, plans.premium.calendarId, plans.standard.calendarId],
  );
}

/** Drops a table's indexes that back no constraint and returns their CREATE INDEX statements, to run after a bulk load. */
export async function dropSecondaryIndexes(c: pg.Client, table: string): Promise<string[]> {
  const { rows } = await c.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`,
    [table],
  );
  for (const r of rows) await c.query(`DROP INDEX ${JSON.stringify(r.name)}`);
  return rows.map((r) => r.def);
}

/**
 * The whole queue world (queue-1m.ts, queue-http.ts): two template plans through the use cases,
 * then customers, agents and `tickets` tickets in bulk SQL, the secondary indexes rebuilt after the
 * load, then VACUUM ANALYZE.
 */
export async function seedQueue(
  client: pg.Client,
  deps: { db: Db; clock: Clock },
  opts: { tickets: number; customers: number; where: string },
  log: (s: string) => void,
): Promise<void> {
  const std = await createTicketWorld(deps, { terms: { ticketsPerYear: 125 } });
  const prem = await createTicketWorld(deps, { terms: { ticketsPerYear: null, highPriority: true }, withSeverities: false });
  const pv = async (planId: string) => (await client.query<{ id: string }>('SELECT id FROM plan_versions WHERE plan_id = $1', [planId])).rows[0]!.id;
  const plans: SeedPlans = {
    standard: { planId: std.planId, planVersionId: await pv(std.planId), calendarId: std.calendarId },
    premium: { planId: prem.planId, planVersionId: await pv(prem.planId), calendarId: prem.calendarId },
  };
  const t0 = performance.now();
  const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
  await client.query('SET synchronous_commit = off');
  await client.query("SET maintenance_work_mem = '256MB'");
  await seedPeople(client, plans, opts.customers);
  // Bulk load without the secondary indexes, then rebuild them from their own definitions (pg_get_indexdef).
  const indexes = await dropSecondaryIndexes(client, 'tickets');
  const chunk = 100_000;
  for (let from = 1; from <= opts.tickets; from += chunk) {
    await seedTickets(client, plans, opts.customers, from, Math.min(chunk, opts.tickets - from + 1));
    log(`  inserted ${Math.min(from + chunk - 1, opts.tickets).toLocaleString('en')} tickets (${secs()} s)`);
  }
  for (const def of indexes) await client.query(def);
  log(`  rebuilt ${indexes.length} indexes (${secs()} s)`);
  await client.query('VACUUM ANALYZE');
  log(`seeded in ${secs()} s (${opts.where})`);
}
