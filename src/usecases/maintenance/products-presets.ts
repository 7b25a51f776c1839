import type { Actor } from '../../core/actor.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Value } from '@sinclair/typebox/value';
import { DomainError } from '../../core/errors.js';
import { ProductsPresetSchema, type ProductsPreset } from '../../core/maintenance/preset-schema.js';
import { authorize, MANAGERS } from '../../core/access.js';

/** presets/products/: version schemes, vendor calendar and maintenance types as data (issue 8). */
export const PRODUCTS_PRESETS_DIR = fileURLToPath(new URL('../../../presets/products/', import.meta.url));

const NAME = /^[a-z0-9][a-z0-9-]*$/;

function names(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && NAME.test(f.slice(0, -5)))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * Reads and validates presets/products/<name>.json. Throws PRESET_NOT_FOUND
 * and INVALID_PRESET (details list each path).
 */
export function loadProductsPreset(name: string, dir = PRODUCTS_PRESETS_DIR): ProductsPreset {
  if (!NAME.test(name) || !names(dir).includes(name)) throw new DomainError('PRESET_NOT_FOUND', `No products preset named ${name}.`, { available: names(dir) });
  const data: unknown = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8'));
  if (!Value.Check(ProductsPresetSchema, data)) {
    const issues = [...Value.Errors(ProductsPresetSchema, data)].slice(0, 20).map((e) => ({ path: e.path.slice(1).replace(/\//g, '.'), problem: e.message }));
    throw new DomainError('INVALID_PRESET', `Products preset ${name} does not match its schema.`, issues);
  }
  if (data.name !== name) throw new DomainError('INVALID_PRESET', `Preset file ${name}.json names itself ${data.name}.`, [{ path: 'name', problem: 'must match the file name' }]);
  return data;
}

/** The shipped products presets with their assumptions, for the import screen. */
export function listProductsPresets(input: { actor: Actor }, dir = PRODUCTS_PRESETS_DIR) {
  authorize(input.actor, MANAGERS);
  return names(dir).map((n) => {
    const p = loadProductsPreset(n, dir);
    return {
      name: p.name,
      title: p.title,
      description: p.description,
      source: p.source,
      notes: p.notes,
      versionSchemes: p.versionSchemes.map((s) => s.code),
      calendar: p.calendar?.code ?? null,
      maintenanceTypes: p.maintenanceTypes.map((t) => t.code),
    };
  });
}
