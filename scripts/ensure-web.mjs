#!/usr/bin/env node
// Builds the web bundle (dist/web) only when it is missing or older than its
// sources, so `npm ci && npm start` works from a fresh clone and a restart
// does not rebuild for nothing. Also used by the e2e global setup.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why the bundle must be (re)built, or null when dist/web is up to date. */
export function staleReason() {
  const index = join(repo, 'dist/web/index.html');
  if (!existsSync(index)) return 'dist/web is missing';
  const built = statSync(index).mtimeMs;
  const sources = Math.max(newestMtime(join(repo, 'src/web')), newestMtime(join(repo, 'vite.config.ts')));
  return sources > built ? 'src/web changed since the last build' : null;
}

/** Runs `vite build` when the bundle is stale; throws when the build fails. */
export function ensureWeb({ quiet = false } = {}) {
  const reason = staleReason();
  if (!reason) return false;
  if (!quiet) process.stdout.write(`Building the web app (${reason})…\n`);
  const vite = join(repo, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', quiet ? 'error' : 'warn'], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureWeb();
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}
