import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.js';
import { findUnstorableText, type TextProblem } from '../../core/unstorable-text.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** INVALID_TEXT for one field: the same shape as VALIDATION_FAILED details. */
export function invalidText(p: TextProblem): DomainError {
  return new DomainError('INVALID_TEXT', `The field ${p.path} ${p.problem}; remove that character and send it again.`, [p]);
}

/** Throws INVALID_TEXT when a string (or key) in `value` cannot be stored as sent. */
export function assertStorableText(value: unknown, path: string): void {
  const p = findUnstorableText(value, path);
  if (p) throw invalidText(p);
}

/**
 * Text is stored exactly as sent or refused (issue 14 item 6, issue 13 item 8),
 * once for every route: a JSON body must be valid UTF-8 (the default parser
 * replaced bad bytes with U+FFFD and answered 201), and no string in the body,
 * the query string or the path may hold a NUL (PostgreSQL refuses it: a 500)
 * or a lone surrogate (silently stored as U+FFFD). The JSON itself is still
 * parsed by Fastify's own parser (prototype-poisoning protection included).
 */
export function registerInputChecks(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req: FastifyRequest, raw: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(raw);
    } catch {
      done(invalidText({ path: 'body', problem: 'is not valid UTF-8' }), undefined);
      return;
    }
    parseJson(req, text, (err, value) => {
      if (err) return done(err, undefined);
      const p = findUnstorableText(value, 'body');
      return p ? done(invalidText(p), undefined) : done(null, value);
    });
  });
  app.addHook('preValidation', async (req) => {
    assertStorableText(req.params, 'params');
    assertStorableText(req.query, 'querystring');
  });
}
