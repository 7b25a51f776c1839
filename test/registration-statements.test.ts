import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActor } from '../src/storage/auth.queries.js';
import { createApiToken } from '../src/usecases/tokens/create-api-token.js';
import { createTestApp, type TestApp } from './support/app.js';
import { captureQueries } from './support/capture-queries.js';
import { createTicketWorld } from './support/ticket-world.js';

/** The statements node-postgres sends while fn runs: their names, or their first words. */
async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  return (await captureQueries(fn)).map((q) => q.name ?? q.text.trim().split(/\s+/)[0]!.toLowerCase());
}

/**
 * The statement budget of the busiest path (issue 4, docs/ARCHITECTURE.md "Hot paths"): a regression
 * that adds a query to ticket creation fails here, long before a benchmark would show it.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('statements per ticket created through the API (R-K1, PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('postgres');
  });
  afterAll(() => t.close());

  const tokenFor = async (terms: { ticketsPerYear: number | null }) => {
    const deps = { db: t.deps.db, clock: t.clock };
    const w = await createTicketWorld(deps, { terms });
    const actor = (await findActor(t.deps.db, 'contact', w.authorized.id))!;
    return (await createApiToken({ ...deps, secretKey: t.deps.secretKey }, { actor, name: 'statements' })).token;
  };
  const file = (token: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: { authorization: `Bearer ${token}` }, payload: { subject: 'Export fails', body: 'Since the upgrade.', severity: 'major' } });

  it('makes three: the credential, the intake context and one write of ticket, event and acknowledgement', async () => {
    const token = await tokenFor({ ticketsPerYear: null });
    await file(token); // warm the per-process caches (plan version, compiled calendar)
    let status = 0;
    const sent = await statementsOf(async () => {
      status = (await file(token)).statusCode;
    });
    expect(status).toBe(201);
    expect(sent).toEqual(['credential_actor_by_api_token', 'intake_context', 'intake_insert_tickets']);
  });

  it('makes three on a limited plan far from its thresholds: the ticket is written while the year\'s counter stays below them (R-P5)', async () => {
    const token = await tokenFor({ ticketsPerYear: 100 });
    await file(token); // the first of the year creates the counter row, under the lock
    let status = 0;
    const sent = await statementsOf(async () => {
      status = (await file(token)).statusCode;
    });
    expect(status).toBe(201);
    expect(sent).toEqual(['credential_actor_by_api_token', 'intake_context', 'intake_insert_counted']);
  });

  it('decides under the counter\'s lock near a threshold: the allowance transaction reads one row, never counts the year (R-P5)', async () => {
    const token = await tokenFor({ ticketsPerYear: 100 });
    for (let i = 0; i < 79; i++) await file(token);
    let status = 0;
    const sent = await statementsOf(async () => {
      status = (await file(token)).statusCode; // the 80th: the 80 % notice is due
    });
    expect(status).toBe(201);
    expect(sent.slice(0, 6)).toEqual(['credential_actor_by_api_token', 'intake_context', 'intake_insert_counted', 'begin', 'allowance_claim', 'intake_insert_tickets']);
    expect(sent.at(-1)).toBe('commit');
  });
});
