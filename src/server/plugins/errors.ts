import type { FastifyError, FastifyInstance } from 'fastify';
import { isDomainError } from '../../core/errors.js';
import { statusForCode } from '../error-status.js';
import { ResponseContractError } from './response-contract.js';

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

export function errorBody(code: string, message: string, details: unknown = null): ErrorBody {
  return { error: { code, message, details } };
}

/**
 * Every error leaves as { error: { code, message, details } }: domain errors by
 * their code, schema failures as VALIDATION_FAILED with each field path, and
 * anything else as INTERNAL without a stack trace (the log keeps it).
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isDomainError(err)) {
      const status = statusForCode(err.code);
      if (err.code === 'RATE_LIMITED' || err.code === 'UPLOAD_BUDGET_EXCEEDED') {
        const retry = (err.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds;
        if (retry) void reply.header('retry-after', String(retry));
      }
      return reply.status(status).send(errorBody(err.code, err.message, err.details));
    }
    if (err.validation) {
      const details = err.validation.map((v) => ({
        path: fieldPath(err.validationContext, v.instancePath, v.params),
        problem: v.message ?? 'invalid',
      }));
      return reply.status(400).send(errorBody('VALIDATION_FAILED', 'The request does not match the expected shape.', details));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code = err.statusCode === 404 ? 'NOT_FOUND' : err.statusCode === 429 ? 'RATE_LIMITED' : 'VALIDATION_FAILED';
      return reply.status(err.statusCode).send(errorBody(code, err.message, null));
    }
    req.log.error({ err }, 'unhandled error');
    // Raised only while responses are validated (tests, development): say which route broke its contract.
    if (err instanceof ResponseContractError) return reply.status(500).send(errorBody('INTERNAL', err.message, null));
    return reply.status(500).send(errorBody('INTERNAL', 'Something went wrong on our side. It has been logged.', null));
  });
  refuseWhileClosing(app);
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send(errorBody('NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}`, null)),
  );
}

function fieldPath(context: string | undefined, instancePath: string, params: Record<string, unknown>): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (typeof params.additionalProperty === 'string') parts.push(params.additionalProperty);
  if (typeof params.missingProperty === 'string') parts.push(params.missingProperty);
  return [context ?? 'body', ...parts].join('.');
}

/**
 * While the app closes, a request that still arrives (on a kept-alive
 * connection) gets 503 SERVICE_UNAVAILABLE in the one error shape, with
 * Retry-After and Connection: close. Fastify's own 503 had another body
 * (issue 14 item 6), so buildApp turns it off (return503OnClosing: false).
 */
function refuseWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (_req, reply, done) => {
    if (!closing) return done();
    void reply.header('connection', 'close').header('retry-after', '5');
    void reply.status(503).send(errorBody('SERVICE_UNAVAILABLE', 'The server is shutting down; retry shortly.', null));
  });
}
