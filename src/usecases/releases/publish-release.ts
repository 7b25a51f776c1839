import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { pickLocalized } from '../../core/versions/localized.js';
import { releasePublished } from '../../core/versions/notice-templates.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { releaseWaitingNotices } from '../../storage/maintenance-notices.queries.js';
import { listAudienceRecipients, type AudienceSpec } from '../../storage/maintenance-recipients.queries.js';
import { findReleaseRow, updateReleaseRow, type ReleaseRow } from '../../storage/releases.queries.js';
import { queueEmail } from '../notifications/queue-email.js';
import { loadProduct } from '../products/load-product.js';
import { presentRelease, type ReleaseView } from '../../presenters/releases/present-release.js';
import { withTx } from '../../storage/with-tx.js';
import { pageUrl } from '../../core/pages.js';

type Deps = { db: Db; clock: Clock; config: { publicUrl: string } };

/**
 * R-V4/R-V6: emails the authorized contacts of every customer running the
 * product (or, for a one-customer hotfix, of that customer) in the caller's
 * transaction, each in the contact's language with the notes in that
 * language (else English, else any). One message per release and contact.
 */
async function notifyRelease(tx: Db, now: Date, publicUrl: string, r: ReleaseRow, productName: string): Promise<number> {
  const audience: AudienceSpec = r.customerId ? { kind: 'customers', customerIds: [r.customerId] } : { kind: 'product', productId: r.productId };
  let queued = 0;
  for (const c of await listAudienceRecipients(tx, audience)) {
    const notes = pickLocalized(r.notes, c.locale)?.value;
    const rendered = releasePublished(
      { productName, version: r.version, kind: r.kind, notesHtml: notes?.html ?? '', notesText: notes?.text ?? '', url: pageUrl(publicUrl, 'supportUpdates', {}, { tab: 'releases' }) },
      { locale: c.locale, timeZone: c.timeZone },
    );
    if (await queueEmail(tx, now, { recipient: c, template: 'release_published', rendered, dedupeKey: `release:${r.id}:${c.id}`, customerId: c.customerId })) queued++;
  }
  return queued;
}

/**
 * R-V3/R-V4: publishes a draft release: customers see it in the portal (a
 * one-customer hotfix only that customer), its authorized contacts are
 * emailed unless `notify` is false (history being recorded), and maintenance
 * operations waiting for it (at_release rule, R-M1) become due. Major and
 * minor releases need notes in at least one language. Throws FORBIDDEN,
 * NOT_FOUND, RELEASE_ALREADY_PUBLISHED, VALIDATION_FAILED.
 */
export async function publishRelease(deps: Deps, input: { actor: Actor; id: string; notify?: boolean }): Promise<{ release: ReleaseView; notified: number; maintenanceNoticesDue: number }> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findReleaseRow(tx, input.id, { lock: true });
    if (!cur) throw new DomainError('NOT_FOUND', 'No such release.');
    if (cur.publishedAt) throw new DomainError('RELEASE_ALREADY_PUBLISHED', 'The release is already published.', { publishedAt: cur.publishedAt.toISOString() });
    if ((cur.kind === 'major' || cur.kind === 'minor') && Object.keys(cur.notes).length === 0) {
      throw new DomainError('VALIDATION_FAILED', 'Major and minor releases are published with release notes (R-V4).', [{ path: 'notes', problem: 'required in at least one language' }]);
    }
    const { product } = await loadProduct(tx, cur.productId);
    const r = (await updateReleaseRow(tx, cur.id, { publishedAt: now, releasedOn: cur.releasedOn ?? todayUtc(now), updatedAt: now }))!;
    const maintenanceNoticesDue = await releaseWaitingNotices(tx, r.id, now);
    const notified = input.notify === false ? 0 : await notifyRelease(tx, now, deps.config.publicUrl, r, product.name);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'release.published', objectType: 'release', objectId: r.id, details: { notified, maintenanceNoticesDue } });
    return { release: presentRelease(r, product.name), notified, maintenanceNoticesDue };
  });
}
