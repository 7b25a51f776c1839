// Generates src/web/api/schema.d.ts, the web's types for the API, from the contract in
// openapi.json (written by `npm run openapi`, kept fresh by test/api-contract.test.ts); issue 15
// item 7. `npm run web:api-types` writes it; test/web-api-types.test.ts fails when the committed
// file differs from what this makes. After changing a route: npm run openapi && npm run web:api-types.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const SCHEMA_FILE = fileURLToPath(new URL('../src/web/api/schema.d.ts', import.meta.url));
const CONTRACT_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));

const HEADER = '// Generated from openapi.json by `npm run web:api-types` (scripts/web-api-types.ts). Do not edit.\n';

/** The text of schema.d.ts for the contract in openapi.json. */
export async function webApiTypes(): Promise<string> {
  const doc = JSON.parse(readFileSync(CONTRACT_FILE, 'utf8')) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(doc, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, await webApiTypes());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
