import type { Actor } from '../../core/actor.js';
import { canonicalJson } from '../../core/catalogue/plan-terms-defaults.js';
import type { Preset } from '../../core/catalogue/preset-schema.js';
import type { Clock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { findSeverityRow } from '../../storage/severities.queries.js';
import { createSeverity } from '../severities/create-severity.js';
import { updateSeverity } from '../severities/update-severity.js';
import type { ImportOutcome } from './import-outcome.js';

/** R-K2: creates or updates the preset's severities by code. */
export async function importPresetSeverities(deps: { db: Db; clock: Clock }, actor: Actor, preset: Preset): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = [];
  for (const s of preset.severities) {
    const cur = await findSeverityRow(deps.db, s.code);
    if (!cur) {
      await createSeverity(deps, { actor, ...s });
      out.push({ kind: 'severity', code: s.code, outcome: 'created' });
    } else if (canonicalJson({ r: cur.rank, n: cur.names, d: cur.definitions }) !== canonicalJson({ r: s.rank, n: s.names, d: s.definitions })) {
      await updateSeverity(deps, { actor, ...s });
      out.push({ kind: 'severity', code: s.code, outcome: 'updated' });
    } else out.push({ kind: 'severity', code: s.code, outcome: 'unchanged' });
  }
  return out;
}
