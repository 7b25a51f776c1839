import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, isDomainError } from '../../core/errors.js';
import { runIdempotent, type StoredResponse } from '../../usecases/idempotency/run-idempotent.js';
import { statusForCode } from '../error-status.js';
import type { App, AppDeps } from '../types.js';
import { errorBody } from './errors.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
const TTL_HOURS = 24;

type Result = StoredResponse;

/**
 * Idempotency-Key for POSTs that create things, scoped per customer and
 * caller: the same key and body replay the first response (including a
 * refusal); the same key with another body is 422. Keys expire after 24 hours.
 *
 * Claiming the key, the work and the stored response commit in ONE
 * transaction (issue 14, item 1; usecases/idempotency/run-idempotent.ts):
 * `run` gets deps whose db is that transaction and must use only them. A
 * crash, a dropped connection or a server error rolls all three back
 * together, so a retry either replays the stored response or does the work
 * once; a key is never left stuck. A concurrent request with the same key
 * waits for the first to end, then replays it.
 */
export async function idempotent(app: App, req: FastifyRequest, reply: FastifyReply, run: (deps: AppDeps) => Promise<Result>): Promise<FastifyReply> {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return send(reply, await run(app.deps));
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 1–255 visible ASCII characters.', [{ path: 'headers.idempotency-key', problem: 'invalid' }]);
  }
  const a = req.actor!;
  const scope = `${a.kind === 'contact' ? a.customerId : 'vendor'}:${a.kind}:${a.id}`;
  const hash = createHash('sha256').update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`).digest('hex');
  const outcome = await runIdempotent(app.deps, { scope, key, requestHash: hash, ttlHours: TTL_HOURS }, (db) => run({ ...app.deps, db }), (e) =>
    // A refusal (4xx) is kept and replayed; a server error rolls back claim and work.
    isDomainError(e) && statusForCode(e.code) < 500 ? { status: statusForCode(e.code), body: errorBody(e.code, e.message, e.details) } : null,
  );
  if (outcome.kind === 'fresh') return send(reply, outcome.response);
  // Gone since (expired and reclaimed, or the first request rolled back): claim again.
  if (outcome.kind === 'gone') return idempotent(app, req, reply, run);
  if (outcome.requestHash !== hash) throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request.');
  void reply.header('idempotent-replayed', 'true');
  return send(reply, outcome.response);
}

function send(reply: FastifyReply, r: Result): FastifyReply {
  return reply.status(r.status).send(r.body);
}
