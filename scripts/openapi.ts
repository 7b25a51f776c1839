// `npm run openapi [file]`: writes the API contract (OpenAPI 3.1) to openapi.json, or to the
// given file. The web's typed client is generated from it. The document is built from the
// route declarations alone, so the app is built without a database and never listens.
import { writeFileSync } from 'node:fs';
import { parseConfig } from '../src/config/config.js';
import { manualClock } from '../src/core/clock.js';
import { buildApp } from '../src/server/app.js';
import type { AppDeps } from '../src/server/types.js';

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'openapi.json';
  // Nothing here is called while the document is built: route modules only keep references.
  const unused = {} as AppDeps['storage'];
  const deps: AppDeps = { storage: unused, db: unused.db, clock: manualClock('2026-01-01T00:00:00Z'), config: parseConfig({}), secretKey: 'x'.repeat(40), blobs: {} as AppDeps['blobs'] };
  const app = await buildApp(deps);
  await app.ready();
  const doc = app.swagger();
  await app.close();
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
  process.stdout.write(`${out}: ${Object.keys(doc.paths ?? {}).length} paths\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
