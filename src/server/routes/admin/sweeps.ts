import { Type } from '@sinclair/typebox';
import { listQuarantinedItems } from '../../../usecases/sweeps/list-quarantined-items.js';
import { releaseQuarantinedItem } from '../../../usecases/sweeps/release-quarantined-item.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { AdminWorkerQuarantineGet, AdminWorkerQuarantineReleasePost } from '../../contract/admin.js';

const tags = ['worker'];
const { limit, offset } = PageQuery;

/**
 * Items the worker quarantined after repeated failures (issue 14, item 3):
 * administrators see each with its error and hand it back once fixed.
 */
export async function sweepRoutes(app: App): Promise<void> {
  const read = { access: ['admin', 'manager'] as const };
  const write = { access: ['admin'] as const };
  app.get(
    '/api/v1/admin/worker/quarantine',
    { config: read, schema: { tags, summary: 'List items a sweep gave up on, with the error', querystring: Obj({ limit, offset }), response: { 200: AdminWorkerQuarantineGet } } },
    async (req) => listQuarantinedItems(app.deps, { actor: actorOf(req), ...req.query }),
  );
  app.post(
    '/api/v1/admin/worker/quarantine/release',
    {
      config: write,
      schema: { tags, summary: 'Hand a quarantined item back to its sweep', body: Obj({ sweep: Type.String({ minLength: 1, maxLength: 100 }), itemId: Type.String({ minLength: 1, maxLength: 200 }) }), response: { 200: AdminWorkerQuarantineReleasePost } },
    },
    async (req) => releaseQuarantinedItem(app.deps, { actor: staffOf(req), ...req.body }),
  );
}
