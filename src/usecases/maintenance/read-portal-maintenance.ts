import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Locale } from '../../core/notifications/render.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { findMaintenanceTypeRow, findVisibleOperationRow, listVisibleOperationRows } from '../../storage/maintenance.queries.js';
import { presentPortalMaintenance, type PortalMaintenanceView } from '../../presenters/maintenance/present-maintenance.js';

type Contact = Extract<Actor, { kind: 'contact' }>;
const localeOf = (c: Contact, lang?: Locale): Locale => lang ?? (['en', 'es', 'el'].includes(c.locale) ? (c.locale as Locale) : 'en');

/**
 * R-M3 in the portal: the maintenance operations concerning the contact's
 * customer, once announced, newest start first; `from`/`to` bound the window.
 */
export async function listPortalMaintenance(
  deps: { db: Db; clock: Clock },
  input: { actor: Contact; from?: Date; to?: Date; lang?: Locale; limit?: number; offset?: number },
): Promise<Page<PortalMaintenanceView>> {
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listVisibleOperationRows(deps.db, input.actor.customerId, deps.clock.now(), { from: input.from, to: input.to }, page);
  const items: PortalMaintenanceView[] = [];
  for (const o of rows) items.push(presentPortalMaintenance(o, (await findMaintenanceTypeRow(deps.db, o.typeId))!, localeOf(input.actor, input.lang)));
  return { items, total, ...page };
}

/** One operation as the contact may see it; another customer's (or not yet announced) is NOT_FOUND. */
export async function getPortalMaintenance(deps: { db: Db; clock: Clock }, input: { actor: Contact; id: string; lang?: Locale }): Promise<PortalMaintenanceView> {
  const o = await findVisibleOperationRow(deps.db, input.actor.customerId, deps.clock.now(), input.id);
  if (!o) throw new DomainError('NOT_FOUND', 'No such maintenance operation.');
  return presentPortalMaintenance(o, (await findMaintenanceTypeRow(deps.db, o.typeId))!, localeOf(input.actor, input.lang));
}
