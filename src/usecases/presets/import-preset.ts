import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { resolvePresetPlans } from '../../core/catalogue/preset-plan-terms.js';
import type { Clock } from '../../core/clock.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import type { ImportOutcome, ImportPresetResult } from '../../views/presets.js';
import { importPresetCalendars } from './import-preset-calendars.js';
import { importPresetPlans } from './import-preset-plans.js';
import { importPresetSeverities } from './import-preset-severities.js';
import { loadPreset } from './load-preset.js';
import { withTx } from '../../storage/with-tx.js';

export type { ImportPresetResult };

/**
 * Imports presets/<name>.json (RULES "Plan presets"): severities, calendars
 * and plans, matched by code. Idempotent: a re-import of an unchanged file
 * writes nothing; a changed plan or calendar gets a new version (R-P2), never
 * a duplicate. All or nothing: one transaction, serialised with other imports
 * by an advisory lock. Every write is audited. Throws FORBIDDEN,
 * PRESET_NOT_FOUND, INVALID_PRESET, INVALID_PLAN, INVALID_CALENDAR.
 */
export async function importPreset(deps: { db: Db; clock: Clock }, input: { name: string; actor: Actor }): Promise<ImportPresetResult> {
  assertCanEditCatalogue(input.actor);
  const preset = loadPreset(input.name);
  const plans = resolvePresetPlans(preset);
  const items = await withTx(deps.db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727275)`);
    const d = { db: tx, clock: deps.clock };
    const severities = await importPresetSeverities(d, input.actor, preset);
    const calendars = await importPresetCalendars(d, input.actor, preset);
    const planOutcomes = await importPresetPlans(d, input.actor, {
      catalogue: preset.name,
      effectiveFrom: preset.effectiveFrom,
      plans,
      calendarIds: calendars.ids,
    });
    const all = [...severities, ...calendars.outcomes, ...planOutcomes];
    const counts = countOutcomes(all);
    if (counts.unchanged < all.length) {
      const at = deps.clock.now();
      await recordAudit(tx, { at, actor: input.actor, action: 'preset.imported', objectType: 'preset', objectId: preset.name, details: counts });
    }
    return all;
  });
  return { name: preset.name, items, counts: countOutcomes(items) };
}

function countOutcomes(items: ImportOutcome[]): ImportPresetResult['counts'] {
  const counts = { created: 0, updated: 0, new_version: 0, unchanged: 0 };
  for (const i of items) counts[i.outcome]++;
  return counts;
}
