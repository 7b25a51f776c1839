import { Type } from '@sinclair/typebox';
import { ADMINS, MANAGERS } from '../../../core/access.js';
import { archiveUser } from '../../../usecases/users/archive-user.js';
import { createUser } from '../../../usecases/users/create-user.js';
import { getUser } from '../../../usecases/users/get-user.js';
import { listUsers } from '../../../usecases/users/list-users.js';
import { updateUser } from '../../../usecases/users/update-user.js';
import { actorOf } from '../../plugins/actor.js';
import { Email, IdParams, Locale, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { STAFF_ROLES } from '../../../core/enums.js';
import { literalUnion } from '../../../core/literal-union.js';
import { AdminUsersGet, AdminUsersIdArchivePost, AdminUsersIdGet, AdminUsersIdPatch, AdminUsersPost } from '../../contract/admin.js';

const Role = literalUnion(STAFF_ROLES);
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Zone = Type.String({ minLength: 1, maxLength: 64 });
const tags = ['users'];

/**
 * Vendor users and roles (RULES §1). Admins manage users; managers may read
 * them (to assign work). Example of the route pattern: validate, authorize,
 * call one use case, present.
 */
export async function userRoutes(app: App): Promise<void> {
  const read = { access: MANAGERS };
  const write = { access: ADMINS };
  app.get(
    '/api/v1/admin/users',
    {
      config: read,
      schema: {
        tags,
        summary: 'List users',
        querystring: Obj({ ...PageQuery, role: Type.Optional(Role), archived: Type.Optional(Type.Boolean()) }), response: { 200: AdminUsersGet },
      },
    },
    async (req) => listUsers(app.deps, { actor: actorOf(req), ...req.query }),
  );
  app.get('/api/v1/admin/users/:id', { config: read, schema: { tags, summary: 'Get a user', params: IdParams, response: { 200: AdminUsersIdGet } } }, async (req) =>
    getUser(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.post(
    '/api/v1/admin/users',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a user (a one-time password is returned when none is given)',
        body: Obj({
          email: Email,
          name: Name,
          role: Role,
          locale: Type.Optional(Locale),
          timeZone: Type.Optional(Zone),
          password: Type.Optional(Type.String({ maxLength: 256 })),
        }), response: { 201: AdminUsersPost },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(app.deps, { actor: actorOf(req), ...req.body })),
  );
  app.patch(
    '/api/v1/admin/users/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a user',
        params: IdParams,
        body: Obj({ email: Type.Optional(Email), name: Type.Optional(Name), role: Type.Optional(Role), locale: Type.Optional(Locale), timeZone: Type.Optional(Zone) }), response: { 200: AdminUsersIdPatch },
      },
    },
    async (req) => updateUser(app.deps, { actor: actorOf(req), id: req.params.id, patch: req.body }),
  );
  app.post('/api/v1/admin/users/:id/archive', { config: write, schema: { tags, summary: 'Archive a user', params: IdParams, response: { 200: AdminUsersIdArchivePost } } }, async (req) =>
    archiveUser(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
}
