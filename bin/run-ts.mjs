#!/usr/bin/env node
// `node bin/run-ts.mjs src/entry/all-in-one.ts`: runs one TypeScript entry point
// with Node's own type stripping where it can, else tsx (src/config/typescript-runtime.mjs).
// node:cluster forks re-run this file with the same arguments, so each HTTP process loads the same way.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTypeScript } from '../src/config/typescript-runtime.mjs';

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node bin/run-ts.mjs <file.ts>\n');
  process.exit(2);
}
await loadTypeScript();
await import(pathToFileURL(resolve(entry)).href);
