import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findAnnouncementRow, updateAnnouncementRow } from '../../storage/maintenance-announcements.queries.js';
import { dropPendingNotices, listNoticeRows } from '../../storage/maintenance-notices.queries.js';
import type { AnnouncementView } from '../../presenters/announcements/present-announcement.js';
import { getAnnouncement } from './read-announcements.js';
import { withTx } from '../../storage/with-tx.js';

/** Withdraws an announcement that has not gone out yet. Throws FORBIDDEN, NOT_FOUND, CONFLICT (already sent or cancelled). */
export async function cancelAnnouncement(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<AnnouncementView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  await withTx(deps.db, async (tx) => {
    const a = await findAnnouncementRow(tx, input.id, { lock: true });
    if (!a) throw new DomainError('NOT_FOUND', 'No such announcement.');
    if (a.cancelledAt) throw new DomainError('CONFLICT', 'The announcement is already cancelled.');
    if ((await listNoticeRows(tx, { announcementId: a.id })).some((n) => n.sentAt)) throw new DomainError('CONFLICT', 'The announcement has gone out already.');
    await dropPendingNotices(tx, { announcementId: a.id }, now);
    await updateAnnouncementRow(tx, a.id, { cancelledAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'announcement.cancelled', objectType: 'announcement', objectId: a.id });
  });
  return getAnnouncement(deps, { actor: input.actor, id: input.id });
}
