import { Type } from '@sinclair/typebox';
import { getPortalAnnouncement, listPortalAnnouncements } from '../../../usecases/announcements/read-announcements.js';
import { getIcalFeedStatus, revokeIcalFeed, rotateIcalFeed } from '../../../usecases/maintenance/ical-feeds.js';
import { getPortalMaintenance, listPortalMaintenance } from '../../../usecases/maintenance/read-portal-maintenance.js';
import { contactOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { IsoInstant, LangQuery } from '../admin/products-schemas.js';
import { PortalAnnouncementsGet, PortalAnnouncementsIdGet, PortalMaintenanceFeedDelete, PortalMaintenanceFeedGet, PortalMaintenanceFeedRotatePost, PortalMaintenanceGet, PortalMaintenanceIdGet } from '../../contract/portal.js';

const tags = ['portal'];
const access = { access: ['contact'] as const };
const paging = { limit: PageQuery.limit, offset: PageQuery.offset, ...LangQuery };

/** R-M3/R-M4 in the portal: announced maintenance, announcements, and the customer's calendar feed. */
export async function portalMaintenanceRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.get(
    '/api/v1/portal/maintenance',
    { config: access, schema: { tags, summary: 'Announced maintenance concerning my customer, in my language', querystring: Obj({ ...paging, from: Type.Optional(IsoInstant), to: Type.Optional(IsoInstant) }), response: { 200: PortalMaintenanceGet } } },
    async (req) => listPortalMaintenance(deps, { actor: contactOf(req), ...req.query, from: req.query.from ? new Date(req.query.from) : undefined, to: req.query.to ? new Date(req.query.to) : undefined }),
  );
  app.get('/api/v1/portal/maintenance/:id', { config: access, schema: { tags, summary: 'One maintenance operation', params: IdParams, querystring: Obj(LangQuery), response: { 200: PortalMaintenanceIdGet } } }, async (req) =>
    getPortalMaintenance(deps, { actor: contactOf(req), id: req.params.id, lang: req.query.lang }),
  );
  app.get('/api/v1/portal/announcements', { config: access, schema: { tags, summary: 'Vendor announcements to my customer (R-M4)', querystring: Obj(paging), response: { 200: PortalAnnouncementsGet } } }, async (req) =>
    listPortalAnnouncements(deps, { actor: contactOf(req), ...req.query }),
  );
  app.get('/api/v1/portal/announcements/:id', { config: access, schema: { tags, summary: 'One announcement', params: IdParams, querystring: Obj(LangQuery), response: { 200: PortalAnnouncementsIdGet } } }, async (req) =>
    getPortalAnnouncement(deps, { actor: contactOf(req), id: req.params.id, lang: req.query.lang }),
  );
  app.get('/api/v1/portal/maintenance-feed', { config: access, schema: { tags, summary: 'Whether my customer has a calendar feed of maintenance windows', response: { 200: PortalMaintenanceFeedGet } } }, async (req) => {
    const me = contactOf(req);
    return getIcalFeedStatus(deps, { actor: me, customerId: me.customerId });
  });
  app.post('/api/v1/portal/maintenance-feed/rotate', { config: access, schema: { tags, summary: "Make or replace the secret iCalendar URL (customer's administrator only); shown once", response: { 200: PortalMaintenanceFeedRotatePost } } }, async (req) => {
    const me = contactOf(req);
    return rotateIcalFeed(deps, { actor: me, customerId: me.customerId });
  });
  app.delete('/api/v1/portal/maintenance-feed', { config: access, schema: { tags, summary: "Revoke the calendar feed (customer's administrator only)", response: { 200: PortalMaintenanceFeedDelete } } }, async (req) => {
    const me = contactOf(req);
    return revokeIcalFeed(deps, { actor: me, customerId: me.customerId });
  });
}
