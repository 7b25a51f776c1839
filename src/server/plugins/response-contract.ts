import { createRequire } from 'node:module';
import type { Ajv as AjvType } from 'ajv';
import { COMPONENTS } from '../contract/components.js';
import { ErrorSchema } from '../contract/error.js';
import { ref } from '../contract/ref.js';
import type { App } from '../types.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default as typeof AjvType;
const addFormats = require('ajv-formats').default as (ajv: AjvType) => AjvType;

const CLIENT_ERROR = 'Refused: the code says why (see the error catalogue); nothing was written.';
const SERVER_ERROR = 'Failed on our side (INTERNAL, logged) or shutting down (SERVICE_UNAVAILABLE, with Retry-After).';

/** A response outside its route's declared contract (only raised while responses are validated). */
export class ResponseContractError extends Error {}

/**
 * The API contract, server side:
 * - the shared components (COMPONENTS) are registered once and `$ref`'d by routes;
 * - every documented route answers 4xx and 5xx with the one `Error` component;
 * - bodies are written with JSON.stringify, never by a schema-driven serializer, which would
 *   silently drop whatever the schema does not describe;
 * - with `validate` (tests, development), each JSON body is checked against the schema declared
 *   for its status, as it goes on the wire, and a status the route does not declare is refused:
 *   both answer 500 with the violation in the message, so the test that made the call fails.
 */
export function registerResponseContract(app: App, opts: { validate: boolean }): void {
  for (const c of COMPONENTS) app.addSchema(c);
  app.addHook('onRoute', (route) => {
    if (!documented(route.url, route.schema)) return;
    route.schema = { ...route.schema, response: { '4xx': ref(ErrorSchema, CLIENT_ERROR), '5xx': ref(ErrorSchema, SERVER_ERROR), ...(route.schema?.response as object | undefined) } };
  });
  if (!opts.validate) {
    app.setSerializerCompiler(() => (data) => JSON.stringify(data));
    return;
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-example' });
  for (const c of COMPONENTS) ajv.addSchema(c);
  app.setSerializerCompiler(({ schema, method, url, httpStatus }) => {
    const check = ajv.compile(schema as object);
    return (data) => {
      const text = JSON.stringify(data);
      if (!check(text === undefined ? null : JSON.parse(text))) {
        throw new ResponseContractError(`${method} ${url} answered ${httpStatus} outside its schema: ${ajv.errorsText(check.errors, { separator: '; ' })}`);
      }
      return text;
    };
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const schema = req.routeOptions.schema;
    if (req.is404 || !documented(req.routeOptions.url ?? '', schema)) return payload;
    const declared = Object.keys((schema?.response as object | undefined) ?? {});
    // A route not yet given its success schema is listed by the contract test; here it passes.
    if (!declared.some((k) => /^[23]/.test(k) || k === 'default')) return payload;
    const status = String(reply.statusCode);
    if (!declared.includes(status) && !declared.includes(`${status[0]}xx`) && !declared.includes('default')) {
      throw new ResponseContractError(`${req.method} ${req.routeOptions.url} answered ${status}, which its schema does not declare (${declared.join(', ')})`);
    }
    return payload;
  });
}

/** Routes in the OpenAPI document: not the docs pages, the document itself or the web app's pages. */
function documented(url: string, schema: { hide?: boolean } | undefined): boolean {
  return !url.startsWith('/api/docs') && schema?.hide !== true;
}
