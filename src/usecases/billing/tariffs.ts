import type { Actor } from '../../core/actor.js';
import type { Activity } from '../../core/billing/billing-units.js';
import { isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { insertTariffRow, listTariffRows, type TariffRow } from '../../storage/billing-time.queries.js';
import type { Db } from '../../storage/db.js';
import { uniqueViolation } from '../../storage/sql-helpers.js';
import type { TariffView } from '../../views/billing.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { withTx } from '../../storage/with-tx.js';
import { authorize, MANAGERS } from '../../core/access.js';

export type { TariffView };

const present = (t: TariffRow): TariffView => ({ id: t.id, activity: t.activity, currency: t.currency, ratePerHourCents: t.ratePerHourCents, effectiveFrom: t.effectiveFrom, note: t.note, createdAt: t.createdAt.toISOString() });

/** R-B7 price list: every tariff, newest effective date first (optionally one currency). */
export async function listTariffs(deps: { db: Db }, input: { actor: Actor; currency?: string }): Promise<{ items: TariffView[] }> {
  authorize(input.actor, MANAGERS);
  return { items: (await listTariffRows(deps.db, input)).map(present) };
}

/**
 * R-B7: a new hourly tariff for an activity (or every activity) in a
 * currency, in force from a date. Tariffs are never edited: a new rate is a
 * new row with a later date, so invoices keep using the rate in force on each
 * entry's day. Throws FORBIDDEN, VALIDATION_FAILED, CONFLICT (same activity, currency and date).
 */
export async function createTariff(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; activity: Activity | null; currency: string; ratePerHourCents: number; effectiveFrom: string; note?: string },
): Promise<TariffView> {
  assertBillingManager(input.actor);
  if (!isIsoDate(input.effectiveFrom)) throw new DomainError('VALIDATION_FAILED', 'Not a date.', [{ path: 'body.effectiveFrom', problem: 'expected YYYY-MM-DD' }]);
  const now = deps.clock.now();
  try {
    return await withTx(deps.db, async (tx) => {
      const t = await insertTariffRow(tx, { activity: input.activity, currency: input.currency, ratePerHourCents: input.ratePerHourCents, effectiveFrom: input.effectiveFrom, note: input.note ?? '', createdAt: now, createdBy: input.actor.id });
      await recordAudit(tx, { at: now, actor: input.actor, action: 'tariff.created', objectType: 'tariff', objectId: t.id, details: { activity: t.activity, currency: t.currency, ratePerHourCents: t.ratePerHourCents, effectiveFrom: t.effectiveFrom } });
      return present(t);
    });
  } catch (e) {
    if (uniqueViolation(e) !== null) throw new DomainError('CONFLICT', 'A tariff for that activity and currency already starts on that date.', [{ path: 'body.effectiveFrom', problem: 'duplicate' }]);
    throw e;
  }
}
