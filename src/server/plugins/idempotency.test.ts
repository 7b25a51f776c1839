import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { rowsOf } from '../../storage/migrate.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import type { App, AppDeps } from '../types.js';
import { idempotent } from './idempotency.js';

/** A reply stub that records what the route would send. */
function stubReply() {
  const r = { statusCode: 0, body: undefined as unknown, headers: {} as Record<string, string> };
  const reply = {
    status(code: number) {
      r.statusCode = code;
      return reply;
    },
    header(k: string, v: string) {
      r.headers[k] = v;
      return reply;
    },
    send(b: unknown) {
      r.body = b;
      return reply;
    },
  };
  return { r, reply: reply as unknown as FastifyReply };
}

const request = (key: string, body: unknown = { subject: 'Once' }) =>
  ({
    headers: { 'idempotency-key': key },
    method: 'POST',
    url: '/api/v1/portal/tickets',
    body,
    actor: { kind: 'contact', id: '00000000-0000-4000-8000-000000000001', customerId: '00000000-0000-4000-8000-000000000002' },
  }) as unknown as FastifyRequest;

describe.each(ENGINES)('Idempotency-Key on %s (issue 14, item 1)', (engine) => {
  let t: TestStorage;
  let app: App;
  beforeEach(async () => {
    t = await createTestStorage(engine);
    await t.storage.db.execute(sql`CREATE TABLE effects (id serial PRIMARY KEY, note text NOT NULL)`);
    app = { deps: { db: t.storage.db, storage: t.storage, clock: manualClock('2026-11-20T10:00:00Z') } as unknown as AppDeps } as unknown as App;
  });
  afterEach(() => t.dispose());

  // Older builds passed no deps to run; fall back so the check against them is honest.
  const dbOf = (d: AppDeps | undefined): Db => (d ?? app.deps).db;
  const work = async (db: Db) => {
    const [row] = rowsOf<{ id: number }>(await db.execute(sql`INSERT INTO effects (note) VALUES ('created') RETURNING id`));
    return { status: 201, body: { id: row!.id } };
  };
  const effects = async () => rowsOf<{ n: number }>(await t.storage.db.execute(sql`SELECT count(*)::int AS n FROM effects`))[0]!.n;
  const keys = async () => rowsOf<{ state: string }>(await t.storage.db.execute(sql`SELECT state FROM idempotency_keys`)).map((k) => k.state);

  it('a crash after the work but before the response was stored: the retry does the work once (regression: key stuck in_flight, ticket created twice)', async () => {
    const first = stubReply();
    await expect(
      idempotent(app, request('k-crash'), first.reply, async (d) => {
        await work(dbOf(d));
        throw new Error('process died here');
      }),
    ).rejects.toThrow('process died here');
    expect(await effects()).toBe(0);
    expect(await keys()).toEqual([]);
    const retry = stubReply();
    await idempotent(app, request('k-crash'), retry.reply, async (d) => work(dbOf(d)));
    expect(retry.r.statusCode).toBe(201);
    expect(await effects()).toBe(1);
    const again = stubReply();
    await idempotent(app, request('k-crash'), again.reply, async (d) => work(dbOf(d)));
    expect(again.r).toMatchObject({ statusCode: 201, body: retry.r.body, headers: { 'idempotent-replayed': 'true' } });
    expect(await effects()).toBe(1);
  });

  it('takes over a key left in_flight by a crashed request of an earlier version at once (regression: 409 for 24 hours)', async () => {
    await t.storage.db.execute(sql`INSERT INTO idempotency_keys (scope, key, request_hash, state, created_at)
      VALUES ('00000000-0000-4000-8000-000000000002:contact:00000000-0000-4000-8000-000000000001', 'k-old', 'x', 'in_flight', '2026-11-20T09:59:00Z')`);
    const retry = stubReply();
    await idempotent(app, request('k-old'), retry.reply, async (d) => work(dbOf(d)));
    expect(retry.r.statusCode).toBe(201);
    expect(await keys()).toEqual(['done']);
  });

  it('stores a refusal with the key and replays it; its partial writes are undone', async () => {
    const first = stubReply();
    await idempotent(app, request('k-refused'), first.reply, async (d) => {
      await work(dbOf(d));
      throw new DomainError('NOT_AUTHORIZED_CONTACT', 'no');
    });
    expect(first.r.statusCode).toBe(403);
    const again = stubReply();
    await idempotent(app, request('k-refused'), again.reply, async (d) => work(dbOf(d)));
    expect(again.r.statusCode).toBe(403);
    expect(await effects()).toBe(0);
    const other = stubReply();
    await expect(idempotent(app, request('k-refused', { subject: 'Other' }), other.reply, async (d) => work(dbOf(d)))).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('concurrent requests with one key do the work once and both get its response (regression: the second got 409)', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const a = stubReply();
    const b = stubReply();
    const pa = idempotent(app, request('k-race'), a.reply, async (d) => {
      const res = await work(dbOf(d));
      await gate;
      return res;
    });
    await new Promise((r) => setTimeout(r, 50));
    const pb = idempotent(app, request('k-race'), b.reply, async (d) => work(dbOf(d)));
    await new Promise((r) => setTimeout(r, 50));
    open();
    await Promise.all([pa, pb]);
    expect(await effects()).toBe(1);
    expect(a.r.statusCode).toBe(201);
    expect(b.r).toMatchObject({ statusCode: 201, body: a.r.body });
  });

  it.runIf(engine === 'postgres')('a connection dropped mid-request leaves nothing half done: the retry does the work once', async () => {
    const first = stubReply();
    await expect(
      idempotent(app, request('k-drop'), first.reply, async (d) => {
        await work(dbOf(d));
        await dbOf(d).execute(sql`SELECT pg_terminate_backend(pg_backend_pid())`);
        return { status: 201, body: {} };
      }),
    ).rejects.toThrow();
    const retry = stubReply();
    await idempotent(app, request('k-drop'), retry.reply, async (d) => work(dbOf(d)));
    expect(retry.r.statusCode).toBe(201);
    expect(await effects()).toBe(1);
    expect(await keys()).toEqual(['done']);
  });
});
