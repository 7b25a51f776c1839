import { Type } from '@sinclair/typebox';
import { createRelease } from '../../../usecases/releases/create-release.js';
import { publishRelease } from '../../../usecases/releases/publish-release.js';
import { getRelease, listReleases } from '../../../usecases/releases/read-releases.js';
import { updateRelease } from '../../../usecases/releases/update-release.js';
import { idempotent } from '../../plugins/idempotency.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { IsoDate, LocalizedMarkdown, ReleaseKind, Uuid, VersionText } from './products-schemas.js';
import { AdminReleasesGet, AdminReleasesIdGet, AdminReleasesIdPatch, AdminReleasesIdPublishPost, AdminReleasesPost } from '../../contract/admin.js';

const tags = ['releases'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };
const NullableUuid = Type.Union([Uuid, Type.Null()]);
const NullableDate = Type.Union([IsoDate, Type.Null()]);

/** R-V3/R-V4: releases, their notes per language and their publication. */
export async function releaseRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.get(
    '/api/v1/admin/releases',
    {
      config: read,
      schema: { tags, summary: 'List releases', querystring: Obj({ limit: PageQuery.limit, offset: PageQuery.offset, productId: Type.Optional(Uuid), kind: Type.Optional(ReleaseKind), status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('published')])), customerId: Type.Optional(Uuid) }), response: { 200: AdminReleasesGet } },
    },
    async (req) => listReleases(deps, { actor: actorOf(req), ...req.query }),
  );
  app.post(
    '/api/v1/admin/releases',
    {
      config: write,
      schema: {
        tags,
        summary: 'Draft a release (Idempotency-Key supported)',
        description: 'Notes are Markdown per language, rendered and sanitised. customerId makes a hotfix visible to that customer only. Errors: INVALID_VERSION, CONFLICT, VALIDATION_FAILED.',
        body: Obj({ productId: Uuid, version: VersionText, kind: ReleaseKind, customerId: Type.Optional(NullableUuid), notes: Type.Optional(LocalizedMarkdown), releasedOn: Type.Optional(NullableDate) }), response: { 201: AdminReleasesPost },
      },
    },
    async (req, reply) => idempotent(app, req, reply, async (d) => ({ status: 201, body: await createRelease(d, { actor: staffOf(req), ...req.body }) })),
  );
  app.get('/api/v1/admin/releases/:id', { config: read, schema: { tags, summary: 'Get a release with its notes in every language', params: IdParams, response: { 200: AdminReleasesIdGet } } }, async (req) => getRelease(deps, { actor: actorOf(req), ...req.params }));
  app.patch(
    '/api/v1/admin/releases/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Edit a release (only the notes once published: RELEASE_ALREADY_PUBLISHED)',
        params: IdParams,
        body: Obj({ version: Type.Optional(VersionText), kind: Type.Optional(ReleaseKind), customerId: Type.Optional(NullableUuid), notes: Type.Optional(LocalizedMarkdown), releasedOn: Type.Optional(NullableDate) }), response: { 200: AdminReleasesIdPatch },
      },
    },
    async (req) => updateRelease(deps, { actor: staffOf(req), id: req.params.id, patch: req.body }),
  );
  app.post(
    '/api/v1/admin/releases/:id/publish',
    {
      config: write,
      schema: {
        tags,
        summary: "Publish: customers see it, authorized contacts of customers running the product are emailed in their language (R-V4, R-V6), at_release maintenance notices become due",
        description: 'notify=false records a past release without mail. Major and minor releases need notes.',
        params: IdParams,
        body: Type.Optional(Obj({ notify: Type.Optional(Type.Boolean()) })), response: { 200: AdminReleasesIdPublishPost },
      },
    },
    async (req) => publishRelease(deps, { actor: staffOf(req), id: req.params.id, notify: req.body?.notify }),
  );
}
