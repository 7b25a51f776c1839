import { Type } from '@sinclair/typebox';
import { archiveContract } from '../../../usecases/contracts/archive-contract.js';
import { createContract } from '../../../usecases/contracts/create-contract.js';
import { getContract } from '../../../usecases/contracts/get-contract.js';
import { listContracts } from '../../../usecases/contracts/list-contracts.js';
import { updateContract } from '../../../usecases/contracts/update-contract.js';
import { actorOf } from '../../plugins/actor.js';
import { IdParams, IsoDate, Obj, PageQuery, Uuid } from '../../schemas.js';
import type { App } from '../../types.js';
import { Archived, Currency } from './catalogue-schemas.js';
import { PRICE_BASES } from '../../../core/enums.js';
import { literalUnion } from '../../../core/literal-union.js';
import { AdminContractsGet, AdminContractsIdArchivePost, AdminContractsIdGet, AdminContractsIdPatch, AdminContractsPost } from '../../contract/admin.js';

const tags = ['contracts'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };
const Cents = Type.Integer({ minimum: 0, maximum: 9_000_000_000_000, description: 'Minor units' });
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Optional(Type.Union([t, Type.Null()]));
const fields = {
  reference: Type.Optional(Type.String({ maxLength: 100 })),
  goLiveDate: nullable(IsoDate),
  endDate: nullable(IsoDate),
  priceBasis: Type.Optional(literalUnion(PRICE_BASES)),
  basisAmountCents: nullable(Cents),
  percentBp: nullable(Type.Integer({ minimum: 0, maximum: 100_000, description: 'Basis points: 1800 = 18 %' })),
  yearlyPriceCents: nullable(Cents),
  currency: Type.Optional(Currency),
};

/** R-P3/R-P6: contracts bind a customer to a plan with dates and a price. */
export async function contractRoutes(app: App): Promise<void> {
  const base = '/api/v1/admin/contracts';
  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'List contracts',
        querystring: Obj({ ...PageQuery, ...Archived, customerId: Type.Optional(Uuid), planId: Type.Optional(Uuid), activeOn: Type.Optional(IsoDate) }), response: { 200: AdminContractsGet },
      },
    },
    async (req) => listContracts(app.deps, { actor: actorOf(req), ...req.query }),
  );
  app.get(`${base}/:id`, { config: read, schema: { tags, summary: 'Get a contract', params: IdParams, response: { 200: AdminContractsIdGet } } }, async (req) =>
    getContract(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
  app.post(
    base,
    { config: write, schema: { tags, summary: 'Create a contract', body: Obj({ customerId: Uuid, planId: Uuid, startDate: IsoDate, ...fields }), response: { 201: AdminContractsPost } } },
    async (req, reply) => reply.status(201).send(await createContract(app.deps, { actor: actorOf(req), ...req.body })),
  );
  app.patch(
    `${base}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a contract (a new planId applies to tickets from now on; beyond its contact cap, 409 CONTACT_CAP_CHOICE_REQUIRED until keepAuthorized names who stays authorized, R-C2)',
        params: IdParams,
        body: Obj({
          planId: Type.Optional(Uuid),
          startDate: Type.Optional(IsoDate),
          keepAuthorized: Type.Optional(Type.Array(Uuid, { maxItems: 1000, uniqueItems: true, description: 'R-C2: contacts that stay authorized when the new plan caps them; the others are de-authorized' })),
          ...fields,
        }), response: { 200: AdminContractsIdPatch },
      },
    },
    async (req) => updateContract(app.deps, { actor: actorOf(req), id: req.params.id, ...req.body }),
  );
  app.post(`${base}/:id/archive`, { config: write, schema: { tags, summary: 'Archive a contract', params: IdParams, response: { 200: AdminContractsIdArchivePost } } }, async (req) =>
    archiveContract(app.deps, { actor: actorOf(req), id: req.params.id }),
  );
}
