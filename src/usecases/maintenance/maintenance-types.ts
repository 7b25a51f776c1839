import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { MaintenanceTypeDefinition } from '../../core/maintenance/notice-rule.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCalendarRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import {
  findMaintenanceTypeRow,
  findMaintenanceTypeRowByCode,
  insertMaintenanceTypeRow,
  listMaintenanceTypeRows,
  updateMaintenanceTypeRow,
} from '../../storage/maintenance.queries.js';
import { presentMaintenanceType, type MaintenanceTypeView } from './present-maintenance-type.js';

type Deps = { db: Db; clock: Clock };
export type MaintenanceTypeInput = MaintenanceTypeDefinition & { calendarId?: string | null };

async function check(db: Db, rule: MaintenanceTypeDefinition['noticeRule'], calendarId: string | null): Promise<void> {
  if (rule.kind === 'working_days_before' && !calendarId) {
    throw new DomainError('VALIDATION_FAILED', 'Working days of notice are counted in the vendor calendar: choose one.', [{ path: 'calendarId', problem: 'required by working_days_before' }]);
  }
  if (calendarId && !(await findCalendarRow(db, calendarId))) throw new DomainError('VALIDATION_FAILED', 'No such calendar.', [{ path: 'calendarId', problem: 'unknown' }]);
}

/** R-M1: maintenance types are data. Throws FORBIDDEN, VALIDATION_FAILED (calendar), CONFLICT (code in use). */
export async function createMaintenanceType(deps: Deps, input: { actor: Actor; type: MaintenanceTypeInput }): Promise<MaintenanceTypeView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  const t = input.type;
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await check(tx, t.noticeRule, t.calendarId ?? null);
    if (await findMaintenanceTypeRowByCode(tx, t.code)) throw new DomainError('CONFLICT', `A maintenance type ${t.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    const r = await insertMaintenanceTypeRow(tx, { ...t, calendarId: t.calendarId ?? null, createdAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'maintenance_type.created', objectType: 'maintenance_type', objectId: r.id, details: { code: r.code } });
    return presentMaintenanceType(r);
  });
}

/**
 * Changes a type. Operations already scheduled keep the notices computed
 * when they were scheduled; the change applies to the next scheduling.
 * Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, CONFLICT.
 */
export async function updateMaintenanceType(deps: Deps, input: { actor: Actor; id: string; patch: Partial<MaintenanceTypeInput> }): Promise<MaintenanceTypeView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const cur = await findMaintenanceTypeRow(tx, input.id);
    if (!cur) throw new DomainError('NOT_FOUND', 'No such maintenance type.');
    const p = input.patch;
    await check(tx, p.noticeRule ?? (cur.noticeRule as MaintenanceTypeDefinition['noticeRule']), p.calendarId !== undefined ? p.calendarId : cur.calendarId);
    if (p.code !== undefined && p.code.toLowerCase() !== cur.code.toLowerCase() && (await findMaintenanceTypeRowByCode(tx, p.code))) {
      throw new DomainError('CONFLICT', `A maintenance type ${p.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    const r = await updateMaintenanceTypeRow(tx, cur.id, { ...p, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'maintenance_type.updated', objectType: 'maintenance_type', objectId: cur.id, details: { fields: Object.keys(p) } });
    return presentMaintenanceType(r!);
  });
}

/** Archives a type: no new operations of it. Throws FORBIDDEN, NOT_FOUND. */
export async function archiveMaintenanceType(deps: Deps, input: { actor: Actor; id: string }): Promise<MaintenanceTypeView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  const cur = await findMaintenanceTypeRow(deps.db, input.id);
  if (!cur) throw new DomainError('NOT_FOUND', 'No such maintenance type.');
  if (cur.archivedAt) return presentMaintenanceType(cur);
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const r = await updateMaintenanceTypeRow(tx, cur.id, { archivedAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'maintenance_type.archived', objectType: 'maintenance_type', objectId: cur.id });
    return presentMaintenanceType(r!);
  });
}

export async function listMaintenanceTypes(deps: { db: Db }, input: { archived?: boolean }): Promise<{ items: MaintenanceTypeView[] }> {
  return { items: (await listMaintenanceTypeRows(deps.db, input)).map(presentMaintenanceType) };
}

/** Throws NOT_FOUND. */
export async function getMaintenanceType(deps: { db: Db }, input: { id: string }): Promise<MaintenanceTypeView> {
  const r = await findMaintenanceTypeRow(deps.db, input.id);
  if (!r) throw new DomainError('NOT_FOUND', 'No such maintenance type.');
  return presentMaintenanceType(r);
}
