#!/usr/bin/env node
// Builds the web bundle (dist/web) only when it is missing or older than its
// sources, so `npm ci && npm start` works from a fresh clone and a restart
// does not rebuild for nothing. Also used by the e2e global setup.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** What the bundle is built from: the SPA, its config, and the core modules it bundles (type-only imports do not count). */
const WEB_SOURCES = ['src/web', 'vite.config.ts', 'src/core/sla/parse-target.ts', 'src/core/errors.ts'];

/** Why the bundle must be (re)built, or null when dist/web is up to date. */
export function staleReason() {
  const index = join(repo, 'dist/web/index.html');
  if (!existsSync(index)) return 'dist/web is missing';
  const built = statSync(index).mtimeMs;
  const sources = Math.max(...WEB_SOURCES.map((p) => (existsSync(join(repo, p)) ? newestMtime(join(repo, p)) : 0)));
  return sources > built ? 'src/web changed since the last build' : null;
}

const LOCK = join(repo, 'dist/.web-build.lock');
const LOCK_STALE_MS = 5 * 60_000;

/** Several test runs may start at once: one builds, the others wait for it (a directory is an atomic lock). */
function withLock(fn) {
  mkdirSync(join(repo, 'dist'), { recursive: true });
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const age = Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
      if (age > LOCK_STALE_MS || Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs `vite build` when the bundle is stale; throws when the build fails. */
export function ensureWeb({ quiet = false } = {}) {
  if (!staleReason()) return false;
  if (!existsSync(join(repo, 'node_modules/vite/bin/vite.js'))) {
    // A production install (--omit=dev) has no Vite: the API still starts and GET / says how to build the UI.
    process.stderr.write('Vite is not installed, so the web app cannot be built here; run `npm run build:web` where dev dependencies are installed.\n');
    return false;
  }
  return withLock(() => {
    const reason = staleReason();
    if (!reason) return false; // another process built it while we waited
    if (!quiet) process.stdout.write(`Building the web app (${reason})…\n`);
    const vite = join(repo, 'node_modules/vite/bin/vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', quiet ? 'error' : 'warn'], { cwd: repo, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
    return true;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureWeb();
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}
