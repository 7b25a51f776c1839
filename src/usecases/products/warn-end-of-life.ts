import { todayUtc } from '../../core/catalogue/dates.js';
import { daysUntil, reachedThresholds } from '../../core/versions/end-of-life.js';
import { endOfLifeWarning } from '../../core/versions/notice-templates.js';
import type { Db } from '../../storage/db.js';
import { listAudienceRecipients } from '../../storage/maintenance-recipients.queries.js';
import { recordEndOfLifeWarning, type InstalledForEol } from '../../storage/products-eol.queries.js';
import { queueEmail } from '../notifications/queue-email.js';
import { loadProduct } from './load-product.js';
import { computeLifecycle, majorOf, type Lifecycle } from './product-lifecycle.js';
import type { VersionScheme } from '../../core/versions/version-scheme.js';
import type { ProductRow } from '../../storage/products.queries.js';
import { pageUrl } from '../../core/pages.js';

/** Lifecycles per product id, shared by one sweep run (one computation per product, not per installation). */
export type LifecycleCache = Map<string, { product: ProductRow; scheme: VersionScheme; life: Lifecycle }>;

/**
 * R-V5: warns a customer whose installed major line is within one of the
 * product's warning thresholds of its end of life. Each threshold is
 * recorded once per customer, product and major line in the caller's
 * transaction, with the mail to the customer's authorized contacts; when
 * several thresholds are reached at once (a late start, a new installation)
 * one message goes out. Returns the number of messages queued.
 */
export async function warnEndOfLife(db: Db, ctx: { now: Date; publicUrl: string; cache?: LifecycleCache }, i: InstalledForEol): Promise<number> {
  let hit = ctx.cache?.get(i.productId);
  if (!hit) {
    const { product, scheme } = await loadProduct(db, i.productId);
    hit = { product, scheme, life: await computeLifecycle(db, product, scheme) };
    ctx.cache?.set(i.productId, hit);
  }
  const { product, scheme, life } = hit;
  const major = majorOf(life, scheme, i.versionKey);
  if (!major) return 0;
  const today = todayUtc(ctx.now);
  const reached = reachedThresholds(today, major.endOfLife, product.eolWarningDays);
  const fresh: number[] = [];
  for (const t of reached) {
    if (await recordEndOfLifeWarning(db, { customerId: i.customerId, productId: i.productId, majorLine: major.majorLine, thresholdDays: t, firedAt: ctx.now })) fresh.push(t);
  }
  if (!fresh.length) return 0;
  let queued = 0;
  for (const r of await listAudienceRecipients(db, { kind: 'customers', customerIds: [i.customerId] })) {
    const rendered = endOfLifeWarning(
      { customerName: r.customerName, productName: product.name, version: i.version, endOfLife: major.endOfLife, daysLeft: daysUntil(today, major.endOfLife), url: pageUrl(ctx.publicUrl, 'supportUpdates', {}, { tab: 'releases' }) },
      { locale: r.locale, timeZone: r.timeZone },
    );
    const key = `eol:${i.customerId}:${i.productId}:${major.majorLine}:${Math.min(...fresh)}:${r.id}`;
    if (await queueEmail(db, ctx.now, { recipient: r, template: 'end_of_life_warning', rendered, dedupeKey: key, customerId: i.customerId })) queued++;
  }
  return queued;
}
