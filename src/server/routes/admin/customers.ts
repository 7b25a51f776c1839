import { Type } from '@sinclair/typebox';
import { archiveCustomer } from '../../../usecases/customers/archive-customer.js';
import { createCustomer } from '../../../usecases/customers/create-customer.js';
import { getCustomer } from '../../../usecases/customers/get-customer.js';
import { listCustomers } from '../../../usecases/customers/list-customers.js';
import { updateCustomer } from '../../../usecases/customers/update-customer.js';
import { actorOf } from '../../plugins/actor.js';
import { IdParams, Locale, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Archived, Code, Currency, Name, Zone } from './catalogue-schemas.js';
import { AdminCustomersGet, AdminCustomersIdArchivePost, AdminCustomersIdGet, AdminCustomersIdPatch, AdminCustomersPost } from '../../contract/admin.js';

const tags = ['customers'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };
const fields = {
  locale: Type.Optional(Locale),
  timeZone: Type.Optional(Zone),
  currency: Type.Optional(Currency),
  notes: Type.Optional(Type.String({ maxLength: 4000 })),
};

/** RULES §1: customers. Agents read; admins and managers write; archive, never delete. */
export async function customerRoutes(app: App): Promise<void> {
  const base = '/api/v1/admin/customers';
  app.get(base, { config: read, schema: { tags, summary: 'List customers', querystring: Obj({ ...PageQuery, ...Archived }), response: { 200: AdminCustomersGet } } }, async (req) =>
    listCustomers(app.deps, { actor: actorOf(req), ...req.query }),
  );
  app.get(`${base}/:id`, { config: read, schema: { tags, summary: 'Get a customer', params: IdParams, response: { 200: AdminCustomersIdGet } } }, async (req) =>
    getCustomer(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.post(base, { config: write, schema: { tags, summary: 'Create a customer', body: Obj({ code: Code, name: Name, ...fields }), response: { 201: AdminCustomersPost } } }, async (req, reply) =>
    reply.status(201).send(await createCustomer(app.deps, { actor: actorOf(req), ...req.body })),
  );
  app.patch(
    `${base}/:id`,
    { config: write, schema: { tags, summary: 'Update a customer', params: IdParams, body: Obj({ code: Type.Optional(Code), name: Type.Optional(Name), ...fields }), response: { 200: AdminCustomersIdPatch } } },
    async (req) => updateCustomer(app.deps, { actor: actorOf(req), id: req.params.id, ...req.body }),
  );
  app.post(`${base}/:id/archive`, { config: write, schema: { tags, summary: 'Archive a customer', params: IdParams, response: { 200: AdminCustomersIdArchivePost } } }, async (req) =>
    archiveCustomer(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
}
