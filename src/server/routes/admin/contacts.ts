import { Type } from '@sinclair/typebox';
import { archiveContact } from '../../../usecases/contacts/archive-contact.js';
import { resendEmailConfirmation } from '../../../usecases/contacts/resend-email-confirmation.js';
import { createContact } from '../../../usecases/contacts/create-contact.js';
import { getContact } from '../../../usecases/contacts/get-contact.js';
import { listContacts } from '../../../usecases/contacts/list-contacts.js';
import { updateContact } from '../../../usecases/contacts/update-contact.js';
import { actorOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Archived, ContactCreateBody, ContactParams, ContactPatchBody, staffContactFields } from './catalogue-schemas.js';
import { AdminCustomersIdContactsContactIdArchivePost, AdminCustomersIdContactsContactIdConfirmationPost, AdminCustomersIdContactsContactIdGet, AdminCustomersIdContactsContactIdPatch, AdminCustomersIdContactsGet, AdminCustomersIdContactsPost } from '../../contract/admin.js';

const tags = ['contacts'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };

/**
 * A customer's contacts (RULES §1, R-C2). Writes enforce the plan's cap on
 * authorized contacts (409 CONTACT_CAP_REACHED) and one administrator per
 * customer: naming a new one demotes the previous one.
 */
export async function contactRoutes(app: App): Promise<void> {
  const base = '/api/v1/admin/customers/:id/contacts';
  app.get(
    base,
    { config: read, schema: { tags, summary: "List a customer's contacts", params: IdParams, querystring: Obj({ ...PageQuery, ...Archived, authorized: Type.Optional(Type.Boolean()) }), response: { 200: AdminCustomersIdContactsGet } } },
    async (req) => listContacts(app.deps, { actor: actorOf(req), customerId: req.params.id, ...req.query }),
  );
  app.get(`${base}/:contactId`, { config: read, schema: { tags, summary: 'Get a contact', params: ContactParams, response: { 200: AdminCustomersIdContactsContactIdGet } } }, async (req) =>
    getContact(app.deps, { actor: actorOf(req), customerId: req.params.id, id: req.params.contactId }),
  );
  app.post(
    base,
    { config: write, schema: { tags, summary: 'Add a contact (optionally authorized, administrator, with a portal password)', params: IdParams, body: ContactCreateBody(staffContactFields), response: { 201: AdminCustomersIdContactsPost } } },
    async (req, reply) => reply.status(201).send(await createContact(app.deps, { actor: actorOf(req), customerId: req.params.id, ...req.body })),
  );
  app.patch(
    `${base}/:contactId`,
    { config: write, schema: { tags, summary: 'Update a contact', params: ContactParams, body: ContactPatchBody(staffContactFields), response: { 200: AdminCustomersIdContactsContactIdPatch } } },
    async (req) => updateContact(app.deps, { actor: actorOf(req), customerId: req.params.id, id: req.params.contactId, ...req.body }),
  );
  app.post(`${base}/:contactId/confirmation`, { config: write, schema: { tags, summary: 'Mail a new address confirmation link (issue 13 item 6)', params: ContactParams, response: { 200: AdminCustomersIdContactsContactIdConfirmationPost } } }, async (req) =>
    resendEmailConfirmation(app.deps, { actor: actorOf(req), customerId: req.params.id, id: req.params.contactId }),
  );
  app.post(`${base}/:contactId/archive`, { config: write, schema: { tags, summary: 'Archive a contact', params: ContactParams, response: { 200: AdminCustomersIdContactsContactIdArchivePost } } }, async (req) =>
    archiveContact(app.deps, { actor: actorOf(req), customerId: req.params.id, id: req.params.contactId }),
  );
}
