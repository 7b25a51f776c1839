import { ensureWeb } from '../../../scripts/ensure-web.mjs';

/** Builds dist/web once per test run, and only when src/web changed since the last build. */
export function setup(): void {
  ensureWeb({ quiet: true });
}
