// `npm run screenshots`: PNGs of the main screens at 1280×800 and 390×844 in screenshots/ (gitignored).
// The app runs on in-memory PGlite with the demo data; Debian's chromium takes the pictures.
import { join } from 'node:path';
import { ensureWeb } from './ensure-web.mjs';
import { hasChromium } from '../test/e2e/support/browser.js';
import { takeScreenshots } from '../test/e2e/support/screens.js';

async function main(): Promise<void> {
  if (!hasChromium) process.exit(1);
  ensureWeb();
  const out = join(process.cwd(), 'screenshots');
  const { files, problems } = await takeScreenshots(out);
  process.stdout.write(`\n${files} screenshots in ${out}; ${problems.length} problem(s)\n`);
  if (problems.length) process.exit(1);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
