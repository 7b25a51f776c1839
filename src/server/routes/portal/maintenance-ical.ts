import { Type } from '@sinclair/typebox';
import { renderIcalFeed } from '../../../usecases/maintenance/render-ical-feed.js';
import { Obj } from '../../schemas.js';
import type { App } from '../../types.js';
import { Download } from '../../contract/helpers.js';

/**
 * The customer's iCalendar feed (RFC 5545) at its secret URL. Public on
 * purpose: calendar clients cannot sign in, so the 256-bit token in the path
 * is the credential (only its keyed hash is stored). Outside /api/v1 so the
 * API keeps a single public route (sign-in). Unknown or revoked → 404.
 */
export async function maintenanceIcalRoutes(app: App): Promise<void> {
  app.get(
    '/ical/:token.ics',
    { config: { access: 'public' }, schema: { tags: ['maintenance'], summary: 'iCalendar feed of maintenance windows (secret URL)', params: Obj({ token: Type.String({ maxLength: 100 }) }), response: { 200: Download('The feed (RFC 5545)', 'text/calendar') } } },
    async (req, reply) => {
      const body = await renderIcalFeed(app.deps, { token: req.params.token });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('referrer-policy', 'no-referrer')
        .send(body);
    },
  );
}
