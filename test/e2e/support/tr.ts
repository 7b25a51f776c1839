import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Lang = 'en' | 'es' | 'el';
type Tree = { [k: string]: string | Tree };

const cache = new Map<Lang, Tree>();

function resources(lang: Lang): Tree {
  let tree = cache.get(lang);
  if (!tree) {
    tree = JSON.parse(readFileSync(fileURLToPath(new URL(`../../../src/web/i18n/${lang}.json`, import.meta.url)), 'utf8')) as Tree;
    cache.set(lang, tree);
  }
  return tree;
}

/** The UI string for a key in a language, as the SPA shows it (so journeys run unchanged in en, es and el). */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = resources(lang);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no ${lang} string for ${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(vars[name] ?? `{{${name}}}`));
}

/** A label that may carry Mantine's required asterisk. */
export function labelled(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** The weekday name the SPA shows (Intl, in the UI language). */
export function weekdayName(lang: Lang, index: number): string {
  const locale = { en: 'en-GB', es: 'es-ES', el: 'el-GR' }[lang];
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}
