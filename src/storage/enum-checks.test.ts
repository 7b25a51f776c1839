import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITIES } from '../core/billing/billing-units.js';
import * as E from '../core/enums.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';

/**
 * Issue 15 item 3: each closed list of values is written once in core
 * (core/enums.ts) and the migrations repeat it as CHECK constraints. This
 * compares every `column IN (…)` constraint of the migrated database with the
 * list it stands for, and fails on a value on one side only, on a constraint
 * no list stands for, and on a list entry whose constraint is gone.
 */
const LISTS: Record<string, readonly string[]> = {
  'users.role': E.STAFF_ROLES,
  'users.locale': E.LOCALES,
  'contacts.locale': E.LOCALES,
  'customers.locale': E.LOCALES,
  'outbox_messages.locale': E.LOCALES,
  'invoices.locale': E.LOCALES,
  'sessions.principal_kind': E.PRINCIPAL_KINDS,
  'api_tokens.principal_kind': E.PRINCIPAL_KINDS,
  'audit_events.actor_kind': E.ACTOR_KINDS,
  'ticket_events.actor_kind': E.ACTOR_KINDS,
  'ticket_messages.author_kind': E.ACTOR_KINDS,
  'attachments.uploader_kind': E.ACTOR_KINDS,
  'ical_feeds.created_by_kind': E.ACTOR_KINDS,
  'plan_versions.overage_rule': E.OVERAGE_RULES,
  'plan_versions.first_response_rule': E.FIRST_RESPONSE_RULES,
  'contracts.price_basis': E.PRICE_BASES,
  'tickets.status': E.TICKET_STATUSES,
  'tickets.channel': E.CHANNELS,
  'unentitled_requests.channel': E.CHANNELS,
  'tickets.category': E.TICKET_CATEGORIES,
  'tickets.outcome': E.OUTCOMES,
  'tickets.allowance_exclusion': E.ALLOWANCE_EXCLUSIONS,
  'ticket_messages.kind': E.MESSAGE_KINDS,
  'unentitled_requests.status': E.UNENTITLED_STATUSES,
  'idempotency_keys.state': E.IDEMPOTENCY_STATES,
  'sla_notifications.clock': E.SLA_CLOCKS,
  'sla_notifications.kind': E.SLA_NOTICE_KINDS,
  'outbox_messages.recipient_kind': E.RECIPIENT_KINDS,
  'outbox_messages.status': E.OUTBOX_STATUSES,
  'inbound_messages.status': E.INBOUND_STATUSES,
  'contract_terms.rounding_rule': E.ROUNDING_RULES,
  'estimates.status': E.ESTIMATE_STATUSES,
  'estimates.decision_channel': E.ESTIMATE_DECISION_CHANNELS,
  'estimate_phases.status': E.PHASE_STATUSES,
  'time_entries.activity': ACTIVITIES,
  'tariffs.activity': ACTIVITIES,
  'contract_charges.kind': E.CONTRACT_CHARGE_KINDS,
  'invoices.kind': E.INVOICE_KINDS,
  'invoices.status': E.INVOICE_STATUSES,
  'invoice_lines.source_type': E.INVOICE_SOURCE_TYPES,
  'invoice_lines.unit': E.INVOICE_UNITS,
  'billing_claims.source_type': E.BILLING_CLAIM_SOURCE_TYPES,
  'products.kind': E.PRODUCT_KINDS,
  'releases.kind': E.RELEASE_KINDS,
  'maintenance_operations.audience': E.AUDIENCES,
  'maintenance_operations.status': E.MAINTENANCE_STATUSES,
  'announcements.audience': E.AUDIENCES,
  'announcements.kind': E.ANNOUNCEMENT_KINDS,
};

/** `CHECK ((status = ANY (ARRAY['new'::text, …])))` → ['status', ['new', …]]; null for any other kind of check. */
function valueListOf(definition: string): [string, string[]] | null {
  const m = /^CHECK \(\("?(\w+)"? = ANY \(ARRAY\[(.*)\]\)\)\)$/.exec(definition);
  return m ? [m[1]!, literalsOf(m[2]!)] : null;
}

function literalsOf(list: string): string[] {
  return [...list.matchAll(/'((?:[^']|'')*)'::text/g)].map((x) => x[1]!.replace(/''/g, "'"));
}

const sorted = (xs: readonly string[]) => [...xs].sort();

/** Each value list of the database against LISTS, one line per difference. */
function enumDrift(constraints: Array<{ key: string; values: string[] }>, lists: Record<string, readonly string[]>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of constraints) {
    seen.add(c.key);
    const list = lists[c.key];
    if (!list) out.push(`${c.key}: CHECK (${c.values.join(', ')}) stands for no list in core (add it to core/enums.ts and to LISTS)`);
    else if (sorted(list).join() !== sorted(c.values).join()) out.push(`${c.key}: SQL (${sorted(c.values).join(', ')}) vs core (${sorted(list).join(', ')})`);
  }
  for (const key of Object.keys(lists)) if (!seen.has(key)) out.push(`${key}: no CHECK constraint in the database`);
  return out;
}

describe.each(ENGINES)('each enum once: core lists against the SQL checks on %s (issue 15 item 3)', (engine) => {
  let s: TestStorage;
  let db: Db;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  async function valueChecks() {
    const rows = rowsOf<{ tbl: string; def: string }>(
      await db.execute(sql`SELECT conrelid::regclass::text AS tbl, pg_get_constraintdef(oid) AS def
                             FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace ORDER BY 1, 2`),
    );
    return rows.flatMap((r) => {
      const v = valueListOf(r.def);
      return v ? [{ key: `${r.tbl}.${v[0]}`, values: v[1] }] : [];
    });
  }

  it('every CHECK value list equals its core list', async () => {
    const checks = await valueChecks();
    expect(checks.length).toBeGreaterThanOrEqual(Object.keys(LISTS).length);
    expect(enumDrift(checks, LISTS)).toEqual([]);
  });

  it("the queue's partial indexes leave out exactly the done statuses (DONE_TICKET_STATUSES)", async () => {
    const rows = rowsOf<{ indexname: string; indexdef: string }>(
      await db.execute(sql`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'tickets' AND indexdef LIKE '%status <> ALL%'`),
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) {
      const list = /status <> ALL \(ARRAY\[([^\]]*)\]\)/.exec(r.indexdef)![1]!;
      expect({ index: r.indexname, done: sorted(literalsOf(list)) }).toEqual({ index: r.indexname, done: sorted(E.DONE_TICKET_STATUSES) });
    }
  });
});

describe('enumDrift', () => {
  it('reports a value on one side only, an unlisted check and a listed column without one (so the comparison can fail)', () => {
    const checks = [
      { key: 'tickets.status', values: ['new', 'open'] },
      { key: 'users.role', values: ['admin'] },
    ];
    expect(enumDrift(checks, { 'tickets.status': ['open', 'new', 'archived'], 'tickets.ghost': ['a'] })).toEqual([
      'tickets.status: SQL (new, open) vs core (archived, new, open)',
      'users.role: CHECK (admin) stands for no list in core (add it to core/enums.ts and to LISTS)',
      'tickets.ghost: no CHECK constraint in the database',
    ]);
  });
});
