import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { canonicalJson } from '../../core/catalogue/plan-terms-defaults.js';
import type { Clock } from '../../core/clock.js';
import type { CalendarSpec } from '../../core/time/calendar.js';
import { assertVersionScheme } from '../../core/versions/version-scheme.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCalendarRowByCode } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { findMaintenanceTypeRowByCode, insertMaintenanceTypeRow, updateMaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import { findVersionSchemeRow, insertVersionSchemeRow } from '../../storage/products.queries.js';
import { createCalendar } from '../calendars/create-calendar.js';
import { loadProductsPreset } from './products-presets.js';
import { withTx } from '../../storage/with-tx.js';

export interface ProductsImportOutcome {
  kind: 'version_scheme' | 'calendar' | 'maintenance_type';
  code: string;
  /** 'kept': a scheme with that code exists with another definition and is never changed (versions were parsed with it). */
  outcome: 'created' | 'updated' | 'unchanged' | 'kept';
}

/**
 * Imports presets/products/<name>.json (R-V2, R-M1): version schemes (created
 * when missing, never changed), the vendor calendar (created when its code is
 * missing, else reused as is) and maintenance types by code (created or
 * updated). Idempotent, all or nothing, audited when it changes something.
 * Throws FORBIDDEN, PRESET_NOT_FOUND, INVALID_PRESET, INVALID_VERSION_SCHEME, INVALID_CALENDAR.
 */
export async function importProductsPreset(deps: { db: Db; clock: Clock }, input: { actor: Actor; name: string }): Promise<{ name: string; items: ProductsImportOutcome[] }> {
  assertCanEditCatalogue(input.actor);
  const preset = loadProductsPreset(input.name);
  preset.versionSchemes.forEach(assertVersionScheme);
  const now = deps.clock.now();
  const items = await withTx(deps.db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727276)`);
    const out: ProductsImportOutcome[] = [];
    for (const s of preset.versionSchemes) {
      const cur = await findVersionSchemeRow(tx, s.code);
      if (!cur) await insertVersionSchemeRow(tx, { ...s, createdAt: now });
      const same = cur && canonicalJson({ name: cur.name, parts: cur.parts, example: cur.example }) === canonicalJson({ name: s.name, parts: s.parts, example: s.example });
      out.push({ kind: 'version_scheme', code: s.code, outcome: !cur ? 'created' : same ? 'unchanged' : 'kept' });
    }
    let calendarId: string | null = null;
    if (preset.calendar) {
      const cur = await findCalendarRowByCode(tx, preset.calendar.code);
      calendarId = cur?.id ?? (await createCalendar({ db: tx, clock: deps.clock }, { actor: input.actor, code: preset.calendar.code, name: preset.calendar.name, spec: preset.calendar.spec as CalendarSpec, effectiveFrom: '2020-01-01' })).calendar.id;
      out.push({ kind: 'calendar', code: preset.calendar.code, outcome: cur ? 'unchanged' : 'created' });
    }
    for (const t of preset.maintenanceTypes) {
      const cur = await findMaintenanceTypeRowByCode(tx, t.code);
      const want = { names: t.names, noticeRule: t.noticeRule, expectedDurationMinutes: t.expectedDurationMinutes, shutsDown: t.shutsDown, extraNoticeMinutes: t.extraNoticeMinutes, calendarId };
      if (!cur) {
        await insertMaintenanceTypeRow(tx, { code: t.code, ...want, createdAt: now, updatedAt: now });
        out.push({ kind: 'maintenance_type', code: t.code, outcome: 'created' });
        continue;
      }
      const have = { names: cur.names, noticeRule: cur.noticeRule, expectedDurationMinutes: cur.expectedDurationMinutes, shutsDown: cur.shutsDown, extraNoticeMinutes: cur.extraNoticeMinutes, calendarId: cur.calendarId };
      const same = canonicalJson(have) === canonicalJson(want);
      if (!same) await updateMaintenanceTypeRow(tx, cur.id, { ...want, archivedAt: null, updatedAt: now });
      out.push({ kind: 'maintenance_type', code: t.code, outcome: same ? 'unchanged' : 'updated' });
    }
    if (out.some((o) => o.outcome === 'created' || o.outcome === 'updated')) {
      await recordAudit(tx, { at: now, actor: input.actor, action: 'products_preset.imported', objectType: 'preset', objectId: `products/${preset.name}`, details: { items: out.length } });
    }
    return out;
  });
  return { name: preset.name, items };
}
