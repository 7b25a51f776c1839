import { Type } from '@sinclair/typebox';
import { cancelMaintenance } from '../../../usecases/maintenance/cancel-maintenance.js';
import { previewMaintenance } from '../../../usecases/maintenance/preview-maintenance.js';
import { getMaintenance, listMaintenance } from '../../../usecases/maintenance/read-maintenance.js';
import { rescheduleMaintenance } from '../../../usecases/maintenance/reschedule-maintenance.js';
import { scheduleMaintenance } from '../../../usecases/maintenance/schedule-maintenance.js';
import { idempotent } from '../../plugins/idempotency.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Audience, IsoInstant, LocalizedLong, LocalizedTitles, Override, Uuid } from './products-schemas.js';
import { AdminMaintenanceGet, AdminMaintenanceIdCancelPost, AdminMaintenanceIdGet, AdminMaintenanceIdPatch, AdminMaintenancePost, AdminMaintenancePreviewPost } from '../../contract/admin.js';

const tags = ['maintenance'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };
const Duration = Type.Integer({ minimum: 1, maximum: 43200 });
const timing = { startsAt: IsoInstant, durationMinutes: Type.Optional(Duration), shutsDown: Type.Optional(Type.Boolean()) };
const Nullable = Type.Union([Uuid, Type.Null()]);

/** R-M1..R-M3: maintenance operations with their notices. */
export async function maintenanceRoutes(app: App): Promise<void> {
  const deps = app.deps;
  const base = '/api/v1/admin/maintenance';
  app.post(
    `${base}/preview`,
    { config: write, schema: { tags, summary: 'Compute every notice instant, the required-by instant and the earliest allowed start without saving (R-M1, R-M2)', body: Obj({ typeId: Uuid, ...timing, releaseId: Type.Optional(Nullable) }), response: { 200: AdminMaintenancePreviewPost } } },
    async (req) => previewMaintenance(deps, { actor: actorOf(req), ...req.body, startsAt: new Date(req.body.startsAt) }),
  );
  app.get(
    base,
    {
      config: read,
      schema: { tags, summary: 'List operations overlapping [from, to]', querystring: Obj({ limit: PageQuery.limit, offset: PageQuery.offset, from: Type.Optional(IsoInstant), to: Type.Optional(IsoInstant), status: Type.Optional(Type.Union([Type.Literal('scheduled'), Type.Literal('cancelled')])), typeId: Type.Optional(Uuid), productId: Type.Optional(Uuid) }), response: { 200: AdminMaintenanceGet } },
    },
    async (req) => listMaintenance(deps, { actor: actorOf(req), ...req.query, from: req.query.from ? new Date(req.query.from) : undefined, to: req.query.to ? new Date(req.query.to) : undefined }),
  );
  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Schedule an operation (Idempotency-Key supported)',
        description: 'Refused with 409 NOTICE_PERIOD_TOO_SHORT (details.requiredBy, details.earliestStart) when too late for the notice rule, unless `override.reason` is given (recorded and audited).',
        body: Obj({ typeId: Uuid, titles: LocalizedTitles, descriptions: Type.Optional(LocalizedLong), ...timing, productId: Type.Optional(Nullable), releaseId: Type.Optional(Nullable), audience: Audience, customerIds: Type.Optional(Type.Array(Uuid, { maxItems: 1000 })), override: Type.Optional(Override) }), response: { 201: AdminMaintenancePost },
      },
    },
    async (req, reply) =>
      idempotent(app, req, reply, async (d) => ({ status: 201, body: await scheduleMaintenance(d, { actor: staffOf(req), ...req.body, startsAt: new Date(req.body.startsAt) }) })),
  );
  app.get(`${base}/:id`, { config: read, schema: { tags, summary: 'Get an operation with its notices and deliveries', params: IdParams, response: { 200: AdminMaintenanceIdGet } } }, async (req) => getMaintenance(deps, { actor: actorOf(req), ...req.params }));
  app.patch(
    `${base}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Edit texts, or reschedule (a new revision: the notice rule is checked again, unsent notices are replaced)',
        params: IdParams,
        body: Obj({ titles: Type.Optional(LocalizedTitles), descriptions: Type.Optional(LocalizedLong), startsAt: Type.Optional(IsoInstant), durationMinutes: Type.Optional(Duration), shutsDown: Type.Optional(Type.Boolean()), override: Type.Optional(Override) }), response: { 200: AdminMaintenanceIdPatch },
      },
    },
    async (req) => rescheduleMaintenance(deps, { actor: staffOf(req), id: req.params.id, patch: { ...req.body, startsAt: req.body.startsAt ? new Date(req.body.startsAt) : undefined } }),
  );
  app.post(
    `${base}/:id/cancel`,
    { config: write, schema: { tags, summary: 'Cancel an operation (customers already told get a cancellation notice)', params: IdParams, body: Obj({ reason: Type.String({ minLength: 3, maxLength: 2000 }) }), response: { 200: AdminMaintenanceIdCancelPost } } },
    async (req) => cancelMaintenance(deps, { actor: staffOf(req), id: req.params.id, reason: req.body.reason }),
  );
}
