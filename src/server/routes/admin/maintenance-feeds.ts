import { getIcalFeedStatus, revokeIcalFeed, rotateIcalFeed } from '../../../usecases/maintenance/ical-feeds.js';
import { staffOf } from '../../plugins/actor.js';
import { IdParams } from '../../schemas.js';
import type { App } from '../../types.js';
import { AdminCustomersIdIcalFeedDelete, AdminCustomersIdIcalFeedGet, AdminCustomersIdIcalFeedRotatePost } from '../../contract/admin.js';

const tags = ['maintenance'];

/** A customer's secret iCalendar feed of maintenance windows: admins rotate and revoke it (the customer's administrator can too, in the portal). */
export async function maintenanceFeedRoutes(app: App): Promise<void> {
  const deps = app.deps;
  const url = '/api/v1/admin/customers/:id/ical-feed';
  app.get(url, { config: { access: ['admin', 'manager'] }, schema: { tags, summary: 'Whether the customer has a calendar feed (never the URL)', params: IdParams, response: { 200: AdminCustomersIdIcalFeedGet } } }, async (req) =>
    getIcalFeedStatus(deps, { actor: staffOf(req), customerId: req.params.id }),
  );
  app.post(
    `${url}/rotate`,
    { config: { access: ['admin'] }, schema: { tags, summary: 'Make or replace the secret feed URL; returned once, the old URL stops working', params: IdParams, response: { 200: AdminCustomersIdIcalFeedRotatePost } } },
    async (req) => rotateIcalFeed(deps, { actor: staffOf(req), customerId: req.params.id }),
  );
  app.delete(url, { config: { access: ['admin'] }, schema: { tags, summary: 'Revoke the feed: its URL answers 404', params: IdParams, response: { 200: AdminCustomersIdIcalFeedDelete } } }, async (req) =>
    revokeIcalFeed(deps, { actor: staffOf(req), customerId: req.params.id }),
  );
}
