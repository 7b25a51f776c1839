import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, webApiTypes } from '../scripts/web-api-types.js';

// The web's API types are generated from the server's OpenAPI contract (issue 15 item 7): a route
// whose schema changed without `npm run web:api-types` fails here, before the web builds against
// stale types.
describe('web API types', () => {
  it('src/web/api/schema.d.ts is what the current contract generates (run `npm run web:api-types`)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const generated = await webApiTypes();
    expect(committed === generated, 'src/web/api/schema.d.ts is stale: run `npm run web:api-types`').toBe(true);
  }, 60_000);
});
