import { Type } from '@sinclair/typebox';
import { archiveSeverity } from '../../../usecases/severities/archive-severity.js';
import { createSeverity } from '../../../usecases/severities/create-severity.js';
import { getSeverity } from '../../../usecases/severities/get-severity.js';
import { listSeverities } from '../../../usecases/severities/list-severities.js';
import { updateSeverity } from '../../../usecases/severities/update-severity.js';
import { actorOf } from '../../plugins/actor.js';
import { Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Archived } from './catalogue-schemas.js';
import { AdminSeveritiesCodeArchivePost, AdminSeveritiesCodeGet, AdminSeveritiesCodePatch, AdminSeveritiesGet, AdminSeveritiesPost } from '../../contract/admin.js';

const tags = ['severities'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };
const SeverityCode = Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 });
const CodeParams = Obj({ code: SeverityCode });
const Text = Type.String({ minLength: 1, maxLength: 2000 });
const Names = Obj({ en: Type.String({ minLength: 1, maxLength: 100 }), es: Type.Optional(Type.String({ maxLength: 100 })), el: Type.Optional(Type.String({ maxLength: 100 })) });
const Definitions = Obj({ en: Type.Optional(Text), es: Type.Optional(Text), el: Type.Optional(Text) });
const Rank = Type.Integer({ minimum: 0, maximum: 1000, description: 'Lower = more severe' });

/** R-K2: severities as data, with names and definitions in en/es/el. */
export async function severityRoutes(app: App): Promise<void> {
  const base = '/api/v1/admin/severities';
  app.get(base, { config: read, schema: { tags, summary: 'List severities (most severe first)', querystring: Obj({ ...PageQuery, ...Archived }), response: { 200: AdminSeveritiesGet } } }, async (req) =>
    listSeverities(app.deps, { actor: actorOf(req), ...req.query }),
  );
  app.get(`${base}/:code`, { config: read, schema: { tags, summary: 'Get a severity', params: CodeParams, response: { 200: AdminSeveritiesCodeGet } } }, async (req) =>
    getSeverity(app.deps, { actor: actorOf(req), code: req.params.code }),
  );
  app.post(
    base,
    { config: write, schema: { tags, summary: 'Create a severity', body: Obj({ code: SeverityCode, rank: Rank, names: Names, definitions: Type.Optional(Definitions) }), response: { 201: AdminSeveritiesPost } } },
    async (req, reply) => reply.status(201).send(await createSeverity(app.deps, { actor: actorOf(req), ...req.body })),
  );
  app.patch(
    `${base}/:code`,
    {
      config: write,
      schema: { tags, summary: 'Update a severity', params: CodeParams, body: Obj({ rank: Type.Optional(Rank), names: Type.Optional(Names), definitions: Type.Optional(Definitions) }), response: { 200: AdminSeveritiesCodePatch } },
    },
    async (req) => updateSeverity(app.deps, { actor: actorOf(req), code: req.params.code, ...req.body }),
  );
  app.post(`${base}/:code/archive`, { config: write, schema: { tags, summary: 'Archive a severity', params: CodeParams, response: { 200: AdminSeveritiesCodeArchivePost } } }, async (req) =>
    archiveSeverity(app.deps, { actor: actorOf(req), code: req.params.code }),
  );
}
