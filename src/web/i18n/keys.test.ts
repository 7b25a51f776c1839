import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue 6: every screen in en, es and el; no hard-coded strings. Runs in node over the sources.
const WEB = fileURLToPath(new URL('..', import.meta.url));
const LANGS = ['en', 'es', 'el'] as const;

type Tree = { [k: string]: string | Tree };

function load(lang: string): Tree {
  return JSON.parse(readFileSync(join(WEB, 'i18n', `${lang}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function sources(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...sources(full));
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.test.ts')) files.push(full);
  }
  return files;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const resources = Object.fromEntries(LANGS.map((l) => [l, flatten(load(l))])) as Record<(typeof LANGS)[number], Map<string, string>>;
const en = resources.en;
const namespaces = new Set(Object.keys(load('en')));
const files = sources(WEB).map((f) => ({ path: relative(WEB, f), text: readFileSync(f, 'utf8') }));

describe('i18n resources', () => {
  it.each(LANGS)('%s has exactly the keys of every other language, none empty', (lang) => {
    const mine = resources[lang];
    const missing = LANGS.flatMap((other) => [...resources[other].keys()].filter((k) => !mine.has(k)).map((k) => `${k} (in ${other})`));
    const empty = [...mine].filter(([, v]) => !v.trim()).map(([k]) => k);
    expect({ missing: [...new Set(missing)], empty }).toEqual({ missing: [], empty: [] });
  });

  it.each(['es', 'el'] as const)('%s uses the same {{placeholders}} as en', (lang) => {
    const wrong = [...en].filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(resources[lang].get(k) ?? v))).map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  it('Greek and Spanish are really translated (not copies of English)', () => {
    for (const lang of ['es', 'el'] as const) {
      const same = [...en].filter(([k, v]) => resources[lang].get(k) === v && v.length > 12 && !/\{\{/.test(v)).map(([k]) => k);
      expect(same, lang).toEqual([]);
    }
  });
});

describe('i18n use in the sources', () => {
  it('every t("…") key and every key-like literal exists in the resources', () => {
    const unknown: string[] = [];
    for (const f of files) {
      for (const m of f.text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) if (!en.has(m[1]!)) unknown.push(`${f.path}: ${m[1]}`);
      // Keys kept in maps (ROLE_KEYS …) are plain literals: check those that start with a namespace.
      for (const m of f.text.matchAll(/['"]([a-z][a-zA-Z]*\.[a-zA-Z0-9_.]+)['"]/g)) {
        const ns = m[1]!.split('.')[0]!;
        if (namespaces.has(ns) && !en.has(m[1]!) && !/\.(js|ts|tsx|json|css)$/.test(m[1]!)) unknown.push(`${f.path}: ${m[1]}`);
      }
    }
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('has no unused keys (errors.* and services.* are looked up by code at run time)', () => {
    const all = files.map((f) => f.text).join('\n');
    const dynamic = ['errors.', 'services.'];
    const unused = [...en.keys()].filter((k) => !dynamic.some((p) => k.startsWith(p)) && !all.includes(`'${k}'`) && !all.includes(`"${k}"`));
    expect(unused).toEqual([]);
  });

  it('finds the keys it checks (the scan works)', () => {
    const used = files.flatMap((f) => [...f.text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(50);
    expect(used).toContain('signIn.submit');
  });

  it('has no hard-coded user-visible text in JSX (text nodes and label-like attributes)', () => {
    const found: string[] = [];
    for (const f of files.filter((x) => x.path.endsWith('.tsx'))) {
      for (const m of f.text.matchAll(/>\s*([A-Za-z\u00C0-\u024F\u0370-\u03FF][^<>{}`]*?)\s*<\//g)) found.push(`${f.path}: text "${m[1]}"`);
      for (const m of f.text.matchAll(/\b(label|placeholder|title|description|aria-label|alt|message)="([^"]*[A-Za-z\u0370-\u03FF][^"]*)"/g)) {
        found.push(`${f.path}: ${m[1]}="${m[2]}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
