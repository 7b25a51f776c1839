import type { Actor } from '../../core/actor.js';
import type { PresetSummary } from '../../views/presets.js';
import { listPresetNames, loadPreset } from './load-preset.js';
import { authorize, MANAGERS } from '../../core/access.js';

export type { PresetSummary };

/** The preset catalogues shipped in presets/, with their assumptions. Throws INVALID_PRESET for a broken file. */
export function listPresets(input: { actor: Actor }): PresetSummary[] {
  authorize(input.actor, MANAGERS);
  return listPresetNames().map((name) => {
    const p = loadPreset(name);
    return {
      name: p.name,
      title: p.title,
      description: p.description,
      source: p.source,
      notes: p.notes,
      columnMapping: p.columnMapping ?? null,
      plans: p.plans.map(({ code, name: n }) => ({ code, name: n })),
      calendars: p.calendars.map(({ code, name: n }) => ({ code, name: n })),
      severities: p.severities.map((s) => s.code),
    };
  });
}
