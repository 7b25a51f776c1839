import { importProductsPreset } from '../../../usecases/maintenance/import-products-preset.js';
import { listProductsPresets } from '../../../usecases/maintenance/products-presets.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import type { App } from '../../types.js';
import { NameParams } from './products-schemas.js';
import { AdminProductPresetsGet, AdminProductPresetsNameImportPost } from '../../contract/admin.js';

const tags = ['products'];

/** Presets of version schemes and maintenance types (presets/products/*.json; seeds 000 and 002). */
export async function productPresetRoutes(app: App): Promise<void> {
  app.get('/api/v1/admin/product-presets', { config: { access: ['admin', 'manager'] }, schema: { tags, summary: 'List version-scheme and maintenance-type presets with their assumptions', response: { 200: AdminProductPresetsGet } } }, async (req) => ({
    items: listProductsPresets({ actor: actorOf(req) }),
  }));
  app.post(
    '/api/v1/admin/product-presets/:name/import',
    { config: { access: ['admin', 'manager'] }, schema: { tags, summary: 'Import a preset (idempotent; schemes are never changed, types are updated)', params: NameParams, response: { 200: AdminProductPresetsNameImportPost } } },
    async (req) => importProductsPreset(app.deps, { actor: staffOf(req), name: req.params.name }),
  );
}
