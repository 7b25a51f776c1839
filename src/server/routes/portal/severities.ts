import { listOfferedSeverities } from '../../../usecases/tickets/list-offered-severities.js';
import { actorOf, contactOf } from '../../plugins/actor.js';
import type { App } from '../../types.js';
import { PortalSeveritiesGet } from '../../contract/portal.js';

/** R-K2: the severities my plan offers, with names and definitions in en, es and el. */
export async function portalSeverityRoutes(app: App): Promise<void> {
  app.get('/api/v1/portal/severities', { config: { access: ['contact'] }, schema: { tags: ['portal: tickets'], summary: 'Severities my plan offers, with definitions', response: { 200: PortalSeveritiesGet } } }, async (req) =>
    listOfferedSeverities(app.deps, { actor: actorOf(req), customerId: contactOf(req).customerId }),
  );
}
