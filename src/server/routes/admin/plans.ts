import { Type } from '@sinclair/typebox';
import { DomainError } from '../../../core/errors.js';
import { archivePlan } from '../../../usecases/plans/archive-plan.js';
import { createPlan } from '../../../usecases/plans/create-plan.js';
import { createPlanVersion } from '../../../usecases/plans/create-plan-version.js';
import { findPlanVersionOn } from '../../../usecases/plans/find-plan-version-on.js';
import { getPlan } from '../../../usecases/plans/get-plan.js';
import { getPlanVersion } from '../../../usecases/plans/get-plan-version.js';
import { listPlanVersions } from '../../../usecases/plans/list-plan-versions.js';
import { listPlans } from '../../../usecases/plans/list-plans.js';
import { updatePlan } from '../../../usecases/plans/update-plan.js';
import { actorOf } from '../../plugins/actor.js';
import { IdParams, IsoDate, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Archived, Code, DateQuery, Name, PartialTerms, VersionParams } from './catalogue-schemas.js';
import { AdminPlansGet, AdminPlansIdArchivePost, AdminPlansIdGet, AdminPlansIdPatch, AdminPlansIdVersionInForceGet, AdminPlansIdVersionsGet, AdminPlansIdVersionsPost, AdminPlansIdVersionsVersionGet, AdminPlansPost } from '../../contract/admin.js';

const tags = ['plans'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };
const Catalogue = Type.String({ maxLength: 64 });
const Rank = Type.Integer({ minimum: 0, maximum: 1000 });

/** R-P1/R-P2: plans and their versions. Agents read; admins and managers write. */
export async function planRoutes(app: App): Promise<void> {
  const base = '/api/v1/admin/plans';
  app.get(
    base,
    { config: read, schema: { tags, summary: 'List plans', querystring: Obj({ ...PageQuery, ...Archived, catalogue: Type.Optional(Catalogue) }), response: { 200: AdminPlansGet } } },
    async (req) => listPlans(app.deps, { actor: actorOf(req), ...req.query }),
  );
  app.get(`${base}/:id`, { config: read, schema: { tags, summary: 'Get a plan, its current terms and version history', params: IdParams, response: { 200: AdminPlansIdGet } } }, async (req) =>
    getPlan(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a plan (version 1)',
        body: Obj({ code: Code, name: Name, catalogue: Type.Optional(Catalogue), rank: Type.Optional(Rank), effectiveFrom: Type.Optional(IsoDate), terms: PartialTerms }), response: { 201: AdminPlansPost },
      },
    },
    async (req, reply) => reply.status(201).send(await createPlan(app.deps, { actor: actorOf(req), ...req.body })),
  );
  app.patch(
    `${base}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: "Change a plan's name, catalogue or rank (terms change through versions)",
        params: IdParams,
        body: Obj({ name: Type.Optional(Name), catalogue: Type.Optional(Catalogue), rank: Type.Optional(Rank) }), response: { 200: AdminPlansIdPatch },
      },
    },
    async (req) => updatePlan(app.deps, { actor: actorOf(req), id: req.params.id, ...req.body }),
  );
  app.post(`${base}/:id/archive`, { config: write, schema: { tags, summary: 'Archive a plan', params: IdParams, response: { 200: AdminPlansIdArchivePost } } }, async (req) =>
    archivePlan(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.get(`${base}/:id/versions`, { config: read, schema: { tags, summary: 'List the versions of a plan with their terms', params: IdParams, response: { 200: AdminPlansIdVersionsGet } } }, async (req) => ({
    items: await listPlanVersions(app.deps, { actor: actorOf(req), planId: req.params.id }),
  }));
  app.post(
    `${base}/:id/versions`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Edit a plan: add a version (fields left out are copied from the latest; effective today or later)',
        params: IdParams,
        body: Obj({ effectiveFrom: Type.Optional(IsoDate), terms: PartialTerms }), response: { 201: AdminPlansIdVersionsPost },
      },
    },
    async (req, reply) => reply.status(201).send(await createPlanVersion(app.deps, { actor: actorOf(req), planId: req.params.id, ...req.body })),
  );
  app.get(`${base}/:id/versions/:version`, { config: read, schema: { tags, summary: 'Get one plan version', params: VersionParams, response: { 200: AdminPlansIdVersionsVersionGet } } }, async (req) =>
    getPlanVersion(app.deps, { actor: actorOf(req), planId: req.params.id, version: req.params.version }),
  );
  app.get(
    `${base}/:id/version-in-force`,
    { config: read, schema: { tags, summary: 'The plan version in force on a date (R-P2)', params: IdParams, querystring: DateQuery, response: { 200: AdminPlansIdVersionInForceGet } } },
    async (req) => {
      const v = await findPlanVersionOn(app.deps, { actor: actorOf(req), planId: req.params.id, date: req.query.date });
      if (!v) throw new DomainError('NOT_FOUND', 'No plan version in force on that date.');
      return v;
    },
  );
}
