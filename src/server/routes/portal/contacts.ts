import { Type } from '@sinclair/typebox';
import { archiveContact } from '../../../usecases/contacts/archive-contact.js';
import { resendEmailConfirmation } from '../../../usecases/contacts/resend-email-confirmation.js';
import { createContact } from '../../../usecases/contacts/create-contact.js';
import { getContact } from '../../../usecases/contacts/get-contact.js';
import { listContacts } from '../../../usecases/contacts/list-contacts.js';
import { updateContact } from '../../../usecases/contacts/update-contact.js';
import { contactOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Archived, ContactCreateBody, ContactPatchBody, contactFields } from '../admin/catalogue-schemas.js';
import { PortalContactsGet, PortalContactsIdArchivePost, PortalContactsIdConfirmationPost, PortalContactsIdGet, PortalContactsIdPatch, PortalContactsPost } from '../../contract/portal.js';

const tags = ['portal'];
const access = { access: ['contact'] as const };

/**
 * A contact reads its customer's contacts; the customer's administrator
 * contact (002) adds, updates and archives them within the plan's cap
 * (R-C2). Other contacts get 403 on writes; another customer's contact is 404.
 */
export async function portalContactRoutes(app: App): Promise<void> {
  const base = '/api/v1/portal/contacts';
  app.get(
    base,
    { config: access, schema: { tags, summary: "My customer's contacts", querystring: Obj({ ...PageQuery, ...Archived, authorized: Type.Optional(Type.Boolean()) }), response: { 200: PortalContactsGet } } },
    async (req) => {
      const me = contactOf(req);
      return listContacts(app.deps, { actor: me, customerId: me.customerId, ...req.query });
    },
  );
  app.get(`${base}/:id`, { config: access, schema: { tags, summary: 'One of my customer’s contacts', params: IdParams, response: { 200: PortalContactsIdGet } } }, async (req) => {
    const me = contactOf(req);
    return getContact(app.deps, { actor: me, customerId: me.customerId, id: req.params.id });
  });
  app.post(
    base,
    { config: access, schema: { tags, summary: 'Add a contact (administrator contact only, within the plan cap)', body: ContactCreateBody(contactFields), response: { 201: PortalContactsPost } } },
    async (req, reply) => {
      const me = contactOf(req);
      return reply.status(201).send(await createContact(app.deps, { actor: me, customerId: me.customerId, ...req.body }));
    },
  );
  app.patch(
    `${base}/:id`,
    { config: access, schema: { tags, summary: 'Update a contact (administrator contact only)', params: IdParams, body: ContactPatchBody(contactFields), response: { 200: PortalContactsIdPatch } } },
    async (req) => {
      const me = contactOf(req);
      return updateContact(app.deps, { actor: me, customerId: me.customerId, id: req.params.id, ...req.body });
    },
  );
  app.post(`${base}/:id/confirmation`, { config: access, schema: { tags, summary: 'Mail a new address confirmation link (administrator contact only)', params: IdParams, response: { 200: PortalContactsIdConfirmationPost } } }, async (req) => {
    const me = contactOf(req);
    return resendEmailConfirmation(app.deps, { actor: me, customerId: me.customerId, id: req.params.id });
  });
  app.post(`${base}/:id/archive`, { config: access, schema: { tags, summary: 'Archive a contact (administrator contact only)', params: IdParams, response: { 200: PortalContactsIdArchivePost } } }, async (req) => {
    const me = contactOf(req);
    return archiveContact(app.deps, { actor: me, customerId: me.customerId, id: req.params.id });
  });
}
