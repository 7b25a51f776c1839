#!/usr/bin/env node
// Prints the gzipped size of the JavaScript the browser loads before the first
// screen (the entry chunk and its static imports, from Vite's manifest) and
// fails above the budget (issue 6: under 300 KB gzipped).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist/web');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
let initialBytes = 0;
for (const file of initial) initialBytes += gz(file);
const lazy = Object.values(manifest).filter((c) => c.file.endsWith('.js') && !initial.has(c.file));
let lazyBytes = 0;
for (const c of lazy) lazyBytes += gz(c.file);

process.stdout.write(
  `web bundle: initial JS ${kb(initialBytes)} KB gzipped in ${initial.size} file(s) (budget ${BUDGET_KB} KB); ` +
    `${lazy.length} lazy chunk(s), ${kb(lazyBytes)} KB gzipped\n`,
);
if (initialBytes > BUDGET_KB * 1024) {
  process.stderr.write(`initial JS is over the ${BUDGET_KB} KB budget\n`);
  process.exit(1);
}
