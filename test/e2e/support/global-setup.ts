import { ensureWeb } from '../../../scripts/ensure-web.mjs';

/**
 * Builds dist/web once per test run, and only when src/web changed since the
 * last build — and only when the run may include browser journeys (no file
 * filter, or a filter naming e2e), so a focused run of server tests never
 * waits on a web build. (globalSetup runs in the main vitest process.)
 */
export function setup(): void {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run');
  if (filters.length === 0 || filters.some((f) => f.includes('e2e'))) ensureWeb({ quiet: true });
}
