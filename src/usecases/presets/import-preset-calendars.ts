import type { Actor } from '../../core/actor.js';
import { canonicalJson } from '../../core/catalogue/plan-terms-defaults.js';
import type { Preset } from '../../core/catalogue/preset-schema.js';
import type { Clock } from '../../core/clock.js';
import type { CalendarSpec } from '../../core/time/calendar.js';
import { findCalendarRowByCode, findLatestCalendarVersionRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { createCalendar } from '../calendars/create-calendar.js';
import { createCalendarVersion } from '../calendars/create-calendar-version.js';
import type { ImportOutcome } from './import-outcome.js';

/**
 * R-T1: creates the preset's calendars by code (version 1 effective from the
 * preset's date); a changed spec becomes a new version effective from the
 * earliest allowed date. Returns outcomes and the id of each calendar code.
 */
export async function importPresetCalendars(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  preset: Preset,
): Promise<{ outcomes: ImportOutcome[]; ids: Map<string, string> }> {
  const outcomes: ImportOutcome[] = [];
  const ids = new Map<string, string>();
  for (const c of preset.calendars) {
    const spec = c.spec as CalendarSpec;
    const cur = await findCalendarRowByCode(deps.db, c.code);
    if (!cur) {
      const r = await createCalendar(deps, { actor, code: c.code, name: c.name, spec, effectiveFrom: preset.effectiveFrom });
      ids.set(c.code, r.calendar.id);
      outcomes.push({ kind: 'calendar', code: c.code, outcome: 'created', version: 1, effectiveFrom: r.version.effectiveFrom });
      continue;
    }
    ids.set(c.code, cur.id);
    const latest = await findLatestCalendarVersionRow(deps.db, cur.id);
    if (latest && canonicalJson(latest.spec) === canonicalJson(spec)) {
      outcomes.push({ kind: 'calendar', code: c.code, outcome: 'unchanged', version: latest.version, effectiveFrom: latest.effectiveFrom });
      continue;
    }
    const v = await createCalendarVersion(deps, { actor, calendarId: cur.id, spec });
    outcomes.push({ kind: 'calendar', code: c.code, outcome: 'new_version', version: v.version, effectiveFrom: v.effectiveFrom });
  }
  return { outcomes, ids };
}
