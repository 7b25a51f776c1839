import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { insertAnnouncementRow } from '../../storage/maintenance-announcements.queries.js';
import { insertNoticeRows } from '../../storage/maintenance-notices.queries.js';
import type { Audience, LocalizedText } from '../../storage/schema/products.js';
import { assertTargets, assertTitles } from '../maintenance/operation-input.js';
import { renderNotes, type NotesInput } from '../releases/release-notes-input.js';
import type { AnnouncementKind, AnnouncementView } from '../../presenters/announcements/present-announcement.js';
import { getAnnouncement } from './read-announcements.js';
import { withTx } from '../../storage/with-tx.js';

export interface CreateAnnouncementInput {
  actor: Actor;
  kind: AnnouncementKind;
  titles: LocalizedText;
  /** Markdown per language, rendered and sanitised. */
  bodies: NotesInput;
  audience: Audience;
  productId?: string | null;
  customerIds?: string[];
  /** When it goes out and shows in the portal; default now (a past instant means now). */
  publishAt?: Date;
}

/**
 * R-M4: a vendor announcement (documentation, SLA or policy changes, new
 * services) sent like a maintenance notice: to the authorized contacts of the
 * audience, in each contact's language, once, by the notice sweep at
 * `publishAt`. Throws FORBIDDEN, VALIDATION_FAILED.
 */
export async function createAnnouncement(deps: { db: Db; clock: Clock }, input: CreateAnnouncementInput): Promise<AnnouncementView> {
  assertCanEditCatalogue(input.actor);
  assertTitles(input.titles);
  const bodies = renderNotes(input.bodies);
  if (!Object.keys(bodies).length) throw new DomainError('VALIDATION_FAILED', 'Write the announcement in at least one language.', [{ path: 'bodies', problem: 'empty' }]);
  const now = deps.clock.now();
  const publishAt = input.publishAt && input.publishAt > now ? input.publishAt : now;
  const id = await withTx(deps.db, async (tx) => {
    const customerIds = [...new Set(input.customerIds ?? [])];
    await assertTargets(tx, { audience: input.audience, customerIds, productId: input.productId ?? null });
    const a = await insertAnnouncementRow(
      tx,
      { kind: input.kind, titles: input.titles, bodies, audience: input.audience, productId: input.productId ?? null, publishAt, createdBy: input.actor.id, createdAt: now },
      customerIds,
    );
    await insertNoticeRows(tx, [{ announcementId: a.id, key: 'publish', dueAt: publishAt, createdAt: now }]);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'announcement.created', objectType: 'announcement', objectId: a.id, details: { kind: a.kind, publishAt: publishAt.toISOString() } });
    return a.id;
  });
  return getAnnouncement(deps, { actor: input.actor, id });
}
