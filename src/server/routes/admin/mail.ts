import { Type } from '@sinclair/typebox';
import { getMailSettings } from '../../../usecases/mail/get-mail-settings.js';
import { getOutboxMessage } from '../../../usecases/mail/get-outbox-message.js';
import { getInboundMessage, listInboundMessages } from '../../../usecases/mail/list-inbound-messages.js';
import { listOutboxMessages } from '../../../usecases/mail/list-outbox-messages.js';
import { retryOutboxMessage } from '../../../usecases/mail/retry-outbox-message.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery, Uuid } from '../../schemas.js';
import type { App } from '../../types.js';
import { INBOUND_STATUSES, OUTBOX_STATUSES } from '../../../core/enums.js';
import { literalUnion } from '../../../core/literal-union.js';
import { AdminMailInboundGet, AdminMailInboundIdGet, AdminMailOutboxGet, AdminMailOutboxIdGet, AdminMailOutboxIdRetryPost, AdminMailSettingsGet } from '../../contract/admin.js';

const tags = ['mail'];
const OutboxStatus = literalUnion(OUTBOX_STATUSES);
const InboundStatus = literalUnion(INBOUND_STATUSES);
const { limit, offset } = PageQuery;

/**
 * Mail administration (issue 5): the outbox (kept mail when no SMTP server is
 * configured; failures with the server's answer; retry), the inbound log, and
 * the settings in force (read-only: they come from the environment).
 */
export async function mailRoutes(app: App): Promise<void> {
  const read = { access: ['admin', 'manager'] as const };
  const write = { access: ['admin'] as const };
  app.get(
    '/api/v1/admin/mail/outbox',
    { config: read, schema: { tags, summary: 'List outbound mail', querystring: Obj({ limit, offset, status: Type.Optional(OutboxStatus), ticketId: Type.Optional(Uuid) }), response: { 200: AdminMailOutboxGet } } },
    async (req) => listOutboxMessages(app.deps, { actor: actorOf(req), ...req.query, status: req.query.status as Parameters<typeof listOutboxMessages>[1]['status'] }),
  );
  app.get('/api/v1/admin/mail/outbox/:id', { config: read, schema: { tags, summary: 'Read one outbound message with its headers', params: IdParams, response: { 200: AdminMailOutboxIdGet } } }, async (req) =>
    getOutboxMessage(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.post('/api/v1/admin/mail/outbox/:id/retry', { config: write, schema: { tags, summary: 'Send a failed or kept message again', params: IdParams, response: { 200: AdminMailOutboxIdRetryPost } } }, async (req) =>
    retryOutboxMessage(app.deps, { actor: staffOf(req), id: req.params.id }),
  );
  app.get(
    '/api/v1/admin/mail/inbound',
    { config: read, schema: { tags, summary: 'List inbound mail and what became of it', querystring: Obj({ limit, offset, status: Type.Optional(InboundStatus), ticketId: Type.Optional(Uuid) }), response: { 200: AdminMailInboundGet } } },
    async (req) => listInboundMessages(app.deps, { actor: actorOf(req), ...req.query, status: req.query.status as Parameters<typeof listInboundMessages>[1]['status'] }),
  );
  app.get('/api/v1/admin/mail/inbound/:id', { config: read, schema: { tags, summary: 'Read one inbound message record', params: IdParams, response: { 200: AdminMailInboundIdGet } } }, async (req) =>
    getInboundMessage(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.get('/api/v1/admin/mail/settings', { config: read, schema: { tags, summary: 'Mail settings in force (read-only)', response: { 200: AdminMailSettingsGet } } }, async (req) => getMailSettings(app.deps, { actor: actorOf(req) }));
}
