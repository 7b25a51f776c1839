import { Type } from '@sinclair/typebox';
import { listQueue } from '../../../usecases/tickets/list-queue.js';
import { staffOf } from '../../plugins/actor.js';
import { Obj, PageQuery, Uuid } from '../../schemas.js';
import type { App } from '../../types.js';
import { Status } from '../ticket-schemas.js';

const tags = ['queue'];

const Query = Obj({
  status: Type.Optional(Type.Array(Status, { maxItems: 6, description: 'One or several (repeat the parameter); default every open status' })),
  severity: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
  customerId: Type.Optional(Uuid),
  assignee: Type.Optional(Type.Union([Type.Literal('me'), Type.Literal('none'), Uuid], { description: "'me', 'none' (unassigned) or a user id" })),
  breached: Type.Optional(Type.Boolean({ description: 'true: a commitment is breached now (recorded, or running past its due time); false: none is' })),
  dueWithinMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 525_600, description: 'The nearest running commitment is due within N minutes (or is past due)' })),
  highPriority: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Full text over subject, body, replies and internal notes (web-search syntax); "#123" or "123" finds ticket 123' })),
  limit: PageQuery.limit,
  offset: PageQuery.offset,
});

const Ref = Type.Object({ id: Type.String(), name: Type.String() });
const Instant = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

// Declared so the serializer drops anything a presenter might add by mistake (TicketSummary).
const Item = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  subject: Type.String(),
  customer: Ref,
  requester: Ref,
  status: Type.String(),
  severity: Type.String(),
  highPriority: Type.Boolean(),
  assignee: Type.Union([Ref, Type.Null()]),
  channel: Type.String(),
  registeredAt: Type.String({ format: 'date-time' }),
  responseDueAt: Instant,
  resolutionDueAt: Instant,
  queueDueAt: Instant,
  responseState: Type.String(),
  resolutionState: Type.String(),
  responseIndicative: Type.Boolean(),
  resolutionIndicative: Type.Boolean(),
  responseBreached: Type.Boolean(),
  resolutionBreached: Type.Boolean(),
});

/** The agent queue (R-K9; issue 4 item 7): thin, the order and filters live in listQueue. */
export async function agentQueueRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/agent/queue',
    {
      config: { access: ['admin', 'manager', 'agent'] as const },
      schema: {
        tags,
        summary: 'The ticket queue: high priority first, then the nearest due time',
        description:
          'Ordered by high priority (R-K9), then the nearest running commitment due time (none last), then number. ' +
          '`total` counts at most 10,001 matches: 10001 means "more than 10,000".',
        querystring: Query,
        response: { 200: Type.Object({ items: Type.Array(Item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() }) },
      },
    },
    async (req) => {
      const { limit, offset, ...filters } = req.query;
      return listQueue(app.deps, { actor: staffOf(req), filters, page: { limit, offset } });
    },
  );
}
