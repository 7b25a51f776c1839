#!/usr/bin/env node
// Codemod (issue 15 item 8): relative imports name the TypeScript file they load
// ('./x.ts', not './x.js'), so Node's own type stripping can run the sources
// without tsx (Node 24 and 22.18+ strip types but never map .js to .ts).
//
//   node scripts/codemods/ts-import-extensions.mjs           rewrite, then switch the project over
//   node scripts/codemods/ts-import-extensions.mjs --check   list what is left to do; exit 1 if anything
//
// Rewrites every module specifier TypeScript's parser finds (import/export
// declarations, import(), import('…') types, vi.mock and friends, require) that
// is relative, ends in .js/.mjs, and names a .ts/.tsx/.mts file beside which no
// real .js/.mjs file exists. Extensionless web imports (bundler resolution) stay.
// Switching over: allowImportingTsExtensions in both tsconfigs, and
// SOURCES_IMPORT_TS in src/config/typescript-runtime.mjs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROOTS = ['src', 'test', 'bench', 'scripts'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'data', 'coverage']);
/** Calls whose first argument is a module specifier. */
const SPECIFIER_CALLS = new Set(['require', 'require.resolve', 'vi.mock', 'vi.doMock', 'vi.unmock', 'vi.doUnmock', 'vi.importActual', 'vi.importMock']);

/** The specifier to write instead of `spec` (imported from `fromFile`), or null to leave it. */
export function tsSpecifier(spec, fromFile, exists = existsSync) {
  if (!/^\.\.?\//.test(spec)) return null;
  const m = /\.(m?)js$/.exec(spec);
  if (!m) return null;
  const stem = spec.slice(0, -m[0].length);
  const base = resolve(dirname(fromFile), stem);
  if (exists(`${base}.${m[1]}js`)) return null;
  for (const ext of m[1] ? ['.mts'] : ['.ts', '.tsx']) if (exists(base + ext)) return stem + ext;
  return null;
}

function scriptKind(file) {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.m?js$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Every module-specifier string literal in a file. */
function specifierLiterals(sf) {
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression.kind === ts.SyntaxKind.ImportKeyword ? 'import' : node.expression.getText(sf);
      if (callee === 'import' || SPECIFIER_CALLS.has(callee)) found.push(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Rewrites one file's text; returns the new text and what changed (line, from, to). */
export function rewriteSource(text, file, exists = existsSync) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const edits = [];
  for (const lit of specifierLiterals(sf)) {
    const to = tsSpecifier(lit.text, file, exists);
    if (!to) continue;
    // Replace inside the quotes only, keeping the quote style.
    const start = lit.getStart(sf) + 1;
    edits.push({ start, end: start + lit.text.length, from: lit.text, to, line: sf.getLineAndCharacterOfPosition(start).line + 1 });
  }
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.to + out.slice(e.end);
  return { text: out, changes: edits.map(({ line, from, to }) => ({ line, from, to })) };
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) yield* sourceFiles(join(dir, entry.name));
    } else if (/\.(ts|tsx|mts|cts|mjs)$/.test(entry.name) && !/\.d\.m?ts$/.test(entry.name)) {
      yield join(dir, entry.name);
    }
  }
}

/** The project switches: [file, what must be there, what it replaces (null: insert after anchor), anchor]. */
const SWITCHES = [
  ['tsconfig.json', '"allowImportingTsExtensions": true', null, '"noEmit": true,'],
  ['src/web/tsconfig.json', '"allowImportingTsExtensions": true', '"allowImportingTsExtensions": false', null],
  ['src/config/typescript-runtime.mjs', 'export const SOURCES_IMPORT_TS = true;', 'export const SOURCES_IMPORT_TS = false;', null],
];

function main(argv) {
  const check = argv.includes('--check');
  const files = [...ROOTS.filter((r) => existsSync(join(repo, r))).flatMap((r) => [...sourceFiles(join(repo, r))]), ...readdirSync(repo).filter((f) => /\.(ts|mts)$/.test(f)).map((f) => join(repo, f))];
  let pending = 0;
  let specifiers = 0;
  let filesChanged = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const r = rewriteSource(text, file);
    if (!r.changes.length) continue;
    pending += r.changes.length;
    specifiers += r.changes.length;
    filesChanged += 1;
    if (check) for (const c of r.changes) console.log(`${relative(repo, file)}:${c.line}: '${c.from}' should be '${c.to}'`);
    else writeFileSync(file, r.text);
  }
  const switched = [];
  for (const [file, want, replaces, anchor] of SWITCHES) {
    const path = join(repo, file);
    const text = readFileSync(path, 'utf8');
    if (text.includes(want)) continue;
    pending += 1;
    switched.push(file);
    if (check) {
      console.log(`${file}: not switched over (${want})`);
      continue;
    }
    const next = replaces ? text.replace(replaces, want) : text.replace(anchor, `${anchor}\n    ${want},`);
    if (next === text) throw new Error(`${file}: cannot find where to write ${want}`);
    writeFileSync(path, next);
  }
  if (check) {
    if (pending) console.log(`${pending} to do: run node scripts/codemods/ts-import-extensions.mjs`);
    return pending ? 1 : 0;
  }
  console.log(`rewrote ${specifiers} specifiers in ${filesChanged} files; switched over: ${switched.join(', ') || 'already'}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
