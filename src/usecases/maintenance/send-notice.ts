import { announcementNotice, maintenanceNotice, type MaintenanceNoticeParams } from '../../core/maintenance/notice-templates.js';
import { pickLocalized } from '../../core/versions/localized.js';
import type { Db } from '../../storage/db.js';
import { findAnnouncementRow, listAnnouncementCustomerIds } from '../../storage/maintenance-announcements.queries.js';
import { markNoticeDropped, markNoticeSent, recordNoticeDelivery, type NoticeRow } from '../../storage/maintenance-notices.queries.js';
import { listAudienceRecipients, type AudienceRecipient, type AudienceSpec } from '../../storage/maintenance-recipients.queries.js';
import { findMaintenanceTypeRow, findOperationRow, listOperationCustomerIds } from '../../storage/maintenance.queries.js';
import type { Rendered } from '../../core/notifications/render.js';
import type { Audience } from '../../storage/schema/products.js';
import { queueEmail } from '../notifications/queue-email.js';
import { pageUrl } from '../../core/pages.js';

type Ctx = { now: Date; publicUrl: string };

function audienceOf(audience: Audience, productId: string | null, customerIds: string[]): AudienceSpec {
  if (audience === 'product') return { kind: 'product', productId: productId! };
  if (audience === 'customers') return { kind: 'customers', customerIds };
  return { kind: 'all' };
}

function kindOf(n: NoticeRow): MaintenanceNoticeParams['kind'] {
  if (n.key === 'done' || n.key === 'cancelled') return n.key;
  if (n.key.startsWith('reminder:')) return 'reminder';
  return n.revision > 1 ? 'rescheduled' : 'announce';
}

/** What to send to whom for one notice; null when its operation or announcement was withdrawn meanwhile. */
async function composer(db: Db, n: NoticeRow, ctx: Ctx): Promise<{ audience: AudienceSpec; render: (r: AudienceRecipient) => Rendered; template: string } | null> {
  if (n.operationId) {
    const op = (await findOperationRow(db, n.operationId))!;
    if (op.status === 'cancelled' && n.key !== 'cancelled') return null;
    const type = (await findMaintenanceTypeRow(db, op.typeId))!;
    const minutesBefore = n.key.startsWith('reminder:') ? Number(n.key.slice(9)) : null;
    return {
      template: 'maintenance_notice',
      audience: audienceOf(op.audience, op.productId, await listOperationCustomerIds(db, op.id)),
      render: (r) => {
        const title = pickLocalized(op.titles, r.locale);
        const p = {
          kind: kindOf(n),
          minutesBefore,
          typeName: pickLocalized(type.names, r.locale)?.value ?? type.code,
          title: title?.value ?? '',
          description: pickLocalized(op.descriptions, title?.locale ?? r.locale)?.value ?? '',
          startsAt: op.startsAt,
          endsAt: op.endsAt,
          durationMinutes: op.durationMinutes,
          shutsDown: op.shutsDown,
          url: pageUrl(ctx.publicUrl, 'supportUpdates', {}, { tab: 'maintenance' }),
        };
        return maintenanceNotice(p, { locale: r.locale, timeZone: r.timeZone });
      },
    };
  }
  const a = (await findAnnouncementRow(db, n.announcementId!))!;
  if (a.cancelledAt) return null;
  return {
    template: 'announcement',
    audience: audienceOf(a.audience, a.productId, await listAnnouncementCustomerIds(db, a.id)),
    render: (r) => {
      const title = pickLocalized(a.titles, r.locale);
      const body = pickLocalized(a.bodies, title?.locale ?? r.locale)?.value;
      return announcementNotice({ title: title?.value ?? '', text: body?.text ?? '', html: body?.html ?? '', url: pageUrl(ctx.publicUrl, 'supportUpdates', {}, { tab: 'announcements' }) }, { locale: r.locale, timeZone: r.timeZone });
    },
  };
}

/**
 * R-M3/R-M4: sends one due notice to the authorized contacts of the
 * affected customers, each in its language and time zone, in the caller's
 * transaction. Each (notice, contact) pair is recorded in the ledger in the
 * same transaction as its outbox message, and the notice is marked sent, so
 * a retry or a second worker never sends it twice. Returns messages queued.
 */
export async function sendNotice(db: Db, ctx: Ctx, n: NoticeRow): Promise<number> {
  const c = await composer(db, n, ctx);
  if (!c) {
    await markNoticeDropped(db, n.id, ctx.now);
    return 0;
  }
  let queued = 0;
  for (const r of await listAudienceRecipients(db, c.audience)) {
    if (!(await recordNoticeDelivery(db, n.id, r.id, ctx.now))) continue;
    await queueEmail(db, ctx.now, { recipient: r, template: c.template, rendered: c.render(r), dedupeKey: `notice:${n.id}:${r.id}`, customerId: r.customerId });
    queued++;
  }
  await markNoticeSent(db, n.id, ctx.now);
  return queued;
}
