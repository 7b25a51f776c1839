/** Why dist/web must be (re)built, or null when it is up to date. */
export function staleReason(): string | null;
/** Runs `vite build` when dist/web is stale; true when it built. Throws when the build fails. */
export function ensureWeb(opts?: { quiet?: boolean }): boolean;
