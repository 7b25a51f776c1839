// Generates src/web/api/schema.d.ts, the web's types for the API, from the server's
// OpenAPI contract (issue 15 item 7). `npm run web:api-types` writes it;
// test/web-api-types.test.ts fails when the committed file differs from what this makes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parseConfig } from '../src/config/config.js';
import { manualClock } from '../src/core/clock.js';
import { buildApp } from '../src/server/app.js';
import { fileBlobStore } from '../src/storage/blob-store.js';
import { createTestStorage } from '../test/support/engines.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../src/web/api/schema.d.ts', import.meta.url));

const HEADER = '// Generated from the OpenAPI contract by `npm run web:api-types` (scripts/web-api-types.ts). Do not edit.\n';

/** The OpenAPI document the server publishes at /api/openapi.json, from an app on an in-memory database. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const storage = await createTestStorage('pglite');
  try {
    const app = await buildApp({
      storage: storage.storage,
      db: storage.storage.db,
      clock: manualClock(new Date('2026-01-01T00:00:00Z')),
      config: parseConfig({}),
      secretKey: 'k'.repeat(40),
      blobs: fileBlobStore('/tmp/coverdesk-openapi-blobs'),
    });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  } finally {
    await storage.dispose();
  }
}

/** The text of schema.d.ts for the current contract. */
export async function webApiTypes(): Promise<string> {
  // rootTypes: named aliases for component schemas once the server declares them.
  const ast = await openapiTS(await openApiDocument() as never, { rootTypes: false, alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, await webApiTypes());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
