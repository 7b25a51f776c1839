import { Type } from '@sinclair/typebox';
import { cancelAnnouncement } from '../../../usecases/announcements/cancel-announcement.js';
import { createAnnouncement } from '../../../usecases/announcements/create-announcement.js';
import { getAnnouncement, listAnnouncements } from '../../../usecases/announcements/read-announcements.js';
import { idempotent } from '../../plugins/idempotency.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { AnnouncementKind, Audience, IsoInstant, LocalizedMarkdown, LocalizedTitles, Uuid } from './products-schemas.js';
import { AdminAnnouncementsGet, AdminAnnouncementsIdCancelPost, AdminAnnouncementsIdGet, AdminAnnouncementsPost } from '../../contract/admin.js';

const tags = ['announcements'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };

/** R-M4: vendor announcements, sent like maintenance notices. */
export async function announcementRoutes(app: App): Promise<void> {
  const deps = app.deps;
  const base = '/api/v1/admin/announcements';
  app.get(base, { config: read, schema: { tags, summary: 'List announcements', querystring: Obj({ limit: PageQuery.limit, offset: PageQuery.offset, kind: Type.Optional(AnnouncementKind) }), response: { 200: AdminAnnouncementsGet } } }, async (req) =>
    listAnnouncements(deps, { actor: actorOf(req), ...req.query }),
  );
  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Announce (Idempotency-Key supported): sent at publishAt to the authorized contacts of the audience, in their language',
        body: Obj({ kind: AnnouncementKind, titles: LocalizedTitles, bodies: LocalizedMarkdown, audience: Audience, productId: Type.Optional(Type.Union([Uuid, Type.Null()])), customerIds: Type.Optional(Type.Array(Uuid, { maxItems: 1000 })), publishAt: Type.Optional(IsoInstant) }), response: { 201: AdminAnnouncementsPost },
      },
    },
    async (req, reply) =>
      idempotent(app, req, reply, async (d) => ({
        status: 201,
        body: await createAnnouncement(d, { actor: staffOf(req), ...req.body, publishAt: req.body.publishAt ? new Date(req.body.publishAt) : undefined }),
      })),
  );
  app.get(`${base}/:id`, { config: read, schema: { tags, summary: 'Get an announcement', params: IdParams, response: { 200: AdminAnnouncementsIdGet } } }, async (req) => getAnnouncement(deps, { actor: actorOf(req), ...req.params }));
  app.post(`${base}/:id/cancel`, { config: write, schema: { tags, summary: 'Withdraw an announcement that has not gone out', params: IdParams, response: { 200: AdminAnnouncementsIdCancelPost } } }, async (req) =>
    cancelAnnouncement(deps, { actor: staffOf(req), id: req.params.id }),
  );
}
