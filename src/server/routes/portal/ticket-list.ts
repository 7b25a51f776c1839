import { Type } from '@sinclair/typebox';
import { exportCustomerTickets } from '../../../usecases/tickets/export-customer-tickets.js';
import { listCustomerTickets } from '../../../usecases/tickets/list-customer-tickets.js';
import { contactOf } from '../../plugins/actor.js';
import { Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Status } from '../ticket-schemas.js';
import { Download } from '../../contract/helpers.js';

const tags = ['portal'];
const access = { access: ['contact'] as const };

const Filters = {
  status: Type.Optional(Type.Array(Status, { maxItems: 6, description: 'One or several (repeat the parameter); default all' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Full text over subject, body and public replies; "#123" finds ticket 123' })),
};

const Instant = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);
// Declared so the serializer drops anything internal a presenter might add by mistake (CustomerTicketSummary).
const Item = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  subject: Type.String(),
  requester: Type.Object({ id: Type.String(), name: Type.String() }),
  status: Type.String(),
  severity: Type.String(),
  channel: Type.String(),
  registeredAt: Type.String({ format: 'date-time' }),
  waiting: Type.Union([Type.Literal('on_you'), Type.Literal('on_us'), Type.Literal('none')]),
  dueBy: Instant,
  dueIndicative: Type.Boolean(),
});

/** Issue 4 item 8: every contact of a customer lists and exports that customer's tickets (scoped in storage). */
export async function portalTicketListRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/portal/tickets',
    {
      config: access,
      schema: {
        tags,
        summary: "My customer's tickets, newest first",
        description:
          'Every contact of a customer sees all of its tickets. `waiting` is on_you while Pending, on_us while New/Open/On hold, none when Solved/Closed; ' +
          '`dueBy` (only while on_us) is the response due time before the first response, then the resolution due time. `total` counts at most 10,001.',
        querystring: Obj({ ...Filters, limit: PageQuery.limit, offset: PageQuery.offset }),
        response: { 200: Type.Object({ items: Type.Array(Item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() }) },
      },
    },
    async (req) => {
      const { limit, offset, ...filters } = req.query;
      return listCustomerTickets(app.deps, { actor: contactOf(req), filters, page: { limit, offset } });
    },
  );
  app.get(
    '/api/v1/portal/tickets/export.csv',
    {
      config: access,
      schema: {
        tags,
        summary: "My customer's tickets as CSV",
        description: 'Columns number, subject, status, severity, registered, due. Cells a spreadsheet would run as formulas are prefixed with a single quote.',
        querystring: Obj(Filters),
        response: { 200: Download('The tickets, one a row', 'text/csv') },
      },
    },
    async (req, reply) => {
      const { filename, csv } = await exportCustomerTickets(app.deps, { actor: contactOf(req), filters: req.query });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}
