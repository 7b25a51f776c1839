import { createRequire } from 'node:module';
import type { Ajv as AjvType, Options } from 'ajv';
import type { FastifyInstance } from 'fastify';

// ajv and ajv-formats ship CommonJS with default exports; require keeps the types honest.
const require = createRequire(import.meta.url);
const Ajv = require('ajv').default as typeof AjvType;
const addFormats = require('ajv-formats').default as (ajv: AjvType) => AjvType;

const base: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

/**
 * Two validators: bodies are strict (no coercion, unknown properties rejected by
 * each schema's additionalProperties: false); querystrings and params coerce
 * "5" to 5, since URLs carry only strings.
 */
export function registerValidation(app: FastifyInstance): void {
  const strict = new Ajv({ ...base, coerceTypes: false });
  const coercing = new Ajv({ ...base, coerceTypes: 'array' });
  addFormats(strict);
  addFormats(coercing);
  for (const ajv of [strict, coercing]) ajv.addKeyword({ keyword: 'x-example' });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? strict.compile(schema) : coercing.compile(schema),
  );
}
