import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { App } from '../types.js';

/** OpenAPI 3 at /api/openapi.json, browsable docs at /api/docs. */
export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    transformObject: (documentObject) => shareErrorResponses('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject),
    // Shared schemas (contract/components.ts) keep their $id as their component name.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    openapi: {
      // 3.1: its schemas are JSON Schema, as TypeBox writes them (type 'null' in unions, numeric exclusiveMinimum).
      openapi: '3.1.0',
      info: {
        title: 'Coverdesk API',
        version: '1',
        description:
          'Support desk that enforces support contracts. Authenticate with a session cookie (send x-csrf-token on writes) or `Authorization: Bearer cdt_…` personal API token. Every error is the `Error` component, `{ error: { code, message, details } }`, with the code from the catalogue.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'cd_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

/** Operation statuses answered with the one Error component, and the shared response each becomes. */
const SHARED_ERRORS = [
  ['4XX', 'ClientError'],
  ['5XX', 'ServerError'],
] as const;

type Doc = { paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>>; components?: Record<string, unknown> };

/**
 * Every documented route answers 4xx and 5xx with the same Error response (response-contract.ts).
 * The document names that response once under components.responses and every operation `$ref`s it,
 * instead of repeating it ~170 times (and the generated web types with it).
 */
function shareErrorResponses<T>(document: T): T {
  const doc = document as Doc;
  const shared: Record<string, unknown> = {};
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      for (const [status, name] of SHARED_ERRORS) {
        const response = op.responses?.[status];
        if (!response || (response as { $ref?: string }).$ref) continue;
        shared[name] ??= response;
        op.responses![status] = { $ref: `#/components/responses/${name}` };
      }
    }
  }
  doc.components = { ...doc.components, responses: { ...(doc.components?.responses as object | undefined), ...shared } };
  return document;
}
