import { Type } from '@sinclair/typebox';
import { archiveMaintenanceType } from '../../../usecases/maintenance/archive-maintenance-type.js';
import { createMaintenanceType } from '../../../usecases/maintenance/create-maintenance-type.js';
import { getMaintenanceType } from '../../../usecases/maintenance/get-maintenance-type.js';
import { listMaintenanceTypes } from '../../../usecases/maintenance/list-maintenance-types.js';
import { updateMaintenanceType } from '../../../usecases/maintenance/update-maintenance-type.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { IdParams, Obj } from '../../schemas.js';
import type { App } from '../../types.js';
import { ExtraNoticesSchema, NoticeRuleSchema, Uuid } from './products-schemas.js';
import { AdminMaintenanceTypesGet, AdminMaintenanceTypesIdArchivePost, AdminMaintenanceTypesIdGet, AdminMaintenanceTypesIdPatch, AdminMaintenanceTypesPost } from '../../contract/admin.js';

const tags = ['maintenance'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };
const Names = Obj({ en: Type.String({ minLength: 1, maxLength: 200 }), es: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), el: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) });
const fields = {
  names: Names,
  noticeRule: NoticeRuleSchema,
  expectedDurationMinutes: Type.Integer({ minimum: 1, maximum: 43200 }),
  shutsDown: Type.Boolean(),
  extraNoticeMinutes: ExtraNoticesSchema,
  calendarId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'Vendor calendar: required by working_days_before; its zone counts calendar days' })),
};
const Code = Type.String({ pattern: '^[a-z][a-z0-9_-]*$', maxLength: 64 });

/** R-M1: maintenance types as data (notice rule, duration, shutdown, extra notices). */
export async function maintenanceTypeRoutes(app: App): Promise<void> {
  const deps = app.deps;
  const base = '/api/v1/admin/maintenance-types';
  app.get(base, { config: read, schema: { tags, summary: 'List maintenance types', querystring: Obj({ archived: Type.Optional(Type.Boolean()) }), response: { 200: AdminMaintenanceTypesGet } } }, async (req) => listMaintenanceTypes(deps, { actor: actorOf(req), ...req.query }));
  app.post(base, { config: write, schema: { tags, summary: 'Create a maintenance type', body: Obj({ code: Code, ...fields }), response: { 201: AdminMaintenanceTypesPost } } }, async (req, reply) =>
    reply.status(201).send(await createMaintenanceType(deps, { actor: staffOf(req), type: req.body })),
  );
  app.get(`${base}/:id`, { config: read, schema: { tags, summary: 'Get a maintenance type', params: IdParams, response: { 200: AdminMaintenanceTypesIdGet } } }, async (req) => getMaintenanceType(deps, { actor: actorOf(req), ...req.params }));
  app.patch(
    `${base}/:id`,
    { config: write, schema: { tags, summary: 'Update a maintenance type (applies to the next scheduling)', params: IdParams, body: Type.Partial(Obj({ code: Code, ...fields }), { additionalProperties: false }), response: { 200: AdminMaintenanceTypesIdPatch } } },
    async (req) => updateMaintenanceType(deps, { actor: staffOf(req), id: req.params.id, patch: req.body }),
  );
  app.post(`${base}/:id/archive`, { config: write, schema: { tags, summary: 'Archive a maintenance type', params: IdParams, response: { 200: AdminMaintenanceTypesIdArchivePost } } }, async (req) =>
    archiveMaintenanceType(deps, { actor: staffOf(req), id: req.params.id }),
  );
}
