import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, isDomainError } from '../../core/errors.js';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
} from '../../storage/idempotency.queries.js';
import { statusForCode } from '../error-status.js';
import type { App } from '../types.js';
import { errorBody } from './errors.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
const TTL_HOURS = 24;

/**
 * Idempotency-Key for POSTs that create things, scoped per customer and
 * caller: the same key and body replay the first response (including a
 * refusal); the same key with another body is 422; a request still in flight
 * is 409. Server failures (5xx) release the key so a retry can run. Keys
 * expire after 24 hours.
 */
export async function idempotent(
  app: App,
  req: FastifyRequest,
  reply: FastifyReply,
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<FastifyReply> {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return send(reply, await run());
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 1–255 visible ASCII characters.', [{ path: 'headers.idempotency-key', problem: 'invalid' }]);
  }
  const a = req.actor!;
  const scope = `${a.kind === 'contact' ? a.customerId : 'vendor'}:${a.kind}:${a.id}`;
  const hash = createHash('sha256').update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`).digest('hex');
  const db = app.deps.db;
  if (!(await claimIdempotencyKey(db, scope, key, hash, app.deps.clock.now(), TTL_HOURS))) {
    const prior = await findIdempotencyKey(db, scope, key);
    if (!prior) return idempotent(app, req, reply, run);
    if (prior.requestHash !== hash) throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request.');
    if (prior.state === 'in_flight') throw new DomainError('IDEMPOTENCY_IN_FLIGHT', 'The first request with this key is still running; retry shortly.');
    void reply.header('idempotent-replayed', 'true');
    return send(reply, { status: prior.statusCode ?? 200, body: prior.response });
  }
  let result: { status: number; body: unknown };
  try {
    result = await run();
  } catch (e) {
    if (!isDomainError(e) || statusForCode(e.code) >= 500) {
      await releaseIdempotencyKey(db, scope, key);
      throw e;
    }
    result = { status: statusForCode(e.code), body: errorBody(e.code, e.message, e.details) };
  }
  await completeIdempotencyKey(db, scope, key, result.status, result.body);
  return send(reply, result);
}

function send(reply: FastifyReply, r: { status: number; body: unknown }): FastifyReply {
  return reply.status(r.status).send(r.body);
}
