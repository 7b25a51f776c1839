#!/usr/bin/env node
// The `coverdesk` command: runs the TypeScript CLI with no build step, through
// Node's own type stripping where it can, else tsx (src/config/typescript-runtime.mjs).
import { loadTypeScript } from '../src/config/typescript-runtime.mjs';

await loadTypeScript();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
