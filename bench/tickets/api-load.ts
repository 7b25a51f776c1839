/**
 * What the ticket-creation benches share: the world they file tickets into
 * and the load generator they drive (create-http.ts, create-processes.ts).
 */
import { fork } from 'node:child_process';
import type { Clock } from '../../src/core/clock.js';
import { findActor } from '../../src/storage/auth.queries.js';
import type { Db } from '../../src/storage/db.js';
import { createApiToken } from '../../src/usecases/tokens/create-api-token.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import type { LoadPlan, LoadResult } from './load-client.js';

/** The key API tokens are made with; a server under test must be given the same. */
export const BENCH_SECRET = 'bench-secret-key-0123456789abcdef0123456789';

/** `customers` customers on a plan with `ticketsPerYear` (default unlimited), two authorized contacts each, and a personal API token per contact. */
export async function seedApiContacts(deps: { db: Db; clock: Clock }, customers: number, ticketsPerYear: number | null = null): Promise<string[]> {
  const tokens: string[] = [];
  for (let c = 0; c < customers; c++) {
    const w = await createTicketWorld(deps, { terms: { ticketsPerYear }, startDate: '2020-01-01', withSeverities: c === 0 });
    for (const contact of [w.authorized, w.admin]) {
      const actor = (await findActor(deps.db, 'contact', contact.id))!;
      tokens.push((await createApiToken({ ...deps, secretKey: BENCH_SECRET }, { actor, name: 'bench' })).token);
    }
  }
  return tokens;
}

/** Runs the load generator in a child process (its own event loop). */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load-client.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
    child.once('message', (m) => resolve(m as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`load client exited with ${code}`)));
    child.send(plan);
  });
}
