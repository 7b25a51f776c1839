import { Type } from '@sinclair/typebox';
import { importPreset } from '../../../usecases/presets/import-preset.js';
import { listPresets } from '../../../usecases/presets/list-presets.js';
import { actorOf } from '../../plugins/actor.js';
import { Obj } from '../../schemas.js';
import type { App } from '../../types.js';
import { AdminPresetsGet, AdminPresetsNameImportPost } from '../../contract/admin.js';

const tags = ['presets'];
const access = { access: ['admin', 'manager'] as const };

/** RULES "Plan presets": the shipped catalogues and their idempotent import. */
export async function presetRoutes(app: App): Promise<void> {
  app.get('/api/v1/admin/presets', { config: access, schema: { tags, summary: 'List the preset catalogues, with assumptions and column mappings', response: { 200: AdminPresetsGet } } }, async (req) => ({
    items: listPresets({ actor: actorOf(req) }),
  }));
  app.post(
    '/api/v1/admin/presets/:name/import',
    { config: access, schema: { tags, summary: 'Import a preset catalogue (idempotent; changed plans get new versions)', params: Obj({ name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 }) }), response: { 200: AdminPresetsNameImportPost } } },
    async (req) => importPreset(app.deps, { name: req.params.name, actor: actorOf(req) }),
  );
}
