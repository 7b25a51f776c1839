import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { App } from '../types.js';

/** OpenAPI 3 at /api/openapi.json, browsable docs at /api/docs. */
export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
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
