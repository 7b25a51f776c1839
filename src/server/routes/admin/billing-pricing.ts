import { Type } from '@sinclair/typebox';
import { changeContractBasis } from '../../../usecases/billing/change-contract-basis.js';
import { cancelCharge, listContractCharges, previewActivation } from '../../../usecases/billing/contract-charges.js';
import { produceRenewals } from '../../../usecases/billing/produce-renewals.js';
import { recordActivation, recordRetroactiveActivation } from '../../../usecases/billing/record-activation.js';
import { recordYearlyIncrease } from '../../../usecases/billing/record-yearly-increase.js';
import { staffOf } from '../../plugins/actor.js';
import { IdParams, IsoDate, Obj, Uuid } from '../../schemas.js';
import type { App } from '../../types.js';
import { Bp, Cents, ChargeParams, Note, Year } from '../billing-schemas.js';
import { AdminBillingActivationPreviewGet, AdminBillingRenewalsPost, AdminContractsIdActivationPost, AdminContractsIdBasisChangePost, AdminContractsIdChargesChargeIdCancelPost, AdminContractsIdChargesGet, AdminContractsIdRetroactiveActivationPost, AdminContractsIdYearlyIncreasePost } from '../../contract/admin.js';

const tags = ['admin: contract pricing'];
const config = { access: ['admin', 'manager'] as const };

/** Contract fees (R-P6..R-P10): activation pro-rata, retroactive year, cost changes, agreed increases, renewals. */
export async function adminBillingPricingRoutes(app: App): Promise<void> {
  const deps = app.deps;
  const base = '/api/v1/admin/contracts/:id';
  app.get('/api/v1/admin/billing/activation-preview', {
    config,
    schema: { tags, summary: 'What an activation would cost (R-P7), with the month-counting rule', querystring: Obj({ yearlyPriceCents: Cents, acceptanceDate: IsoDate }), response: { 200: AdminBillingActivationPreviewGet } },
  }, async (req) => previewActivation(deps, req.query));
  app.get(`${base}/charges`, { config, schema: { tags, params: IdParams, summary: 'The contract\'s fee charges and recorded increases', response: { 200: AdminContractsIdChargesGet } } }, async (req) => listContractCharges(deps, { actor: staffOf(req), contractId: req.params.id }));
  app.post(`${base}/activation`, {
    config, schema: { tags, params: IdParams, summary: 'Charge the first term after final acceptance (R-P7: ≤ 31 Aug remaining/12, else (remaining+12)/12)', body: Obj({ acceptanceDate: IsoDate }), response: { 201: AdminContractsIdActivationPost } },
  }, async (req, reply) => reply.status(201).send(await recordActivation(deps, { actor: staffOf(req), contractId: req.params.id, acceptanceDate: req.body.acceptanceDate })));
  app.post(`${base}/retroactive-activation`, {
    config, schema: { tags, params: IdParams, summary: 'Charge the whole calendar year (R-P8; default: current year)', body: Obj({ year: Type.Optional(Year) }), response: { 201: AdminContractsIdRetroactiveActivationPost } },
  }, async (req, reply) => reply.status(201).send(await recordRetroactiveActivation(deps, { actor: staffOf(req), contractId: req.params.id, year: req.body.year })));
  app.post(`${base}/basis-change`, {
    config,
    schema: { tags, params: IdParams, summary: 'Licence/development cost changed: re-price and charge the difference for the months left (R-P9)', body: Obj({ basisAmountCents: Cents, percentBp: Type.Optional(Bp), changeDate: IsoDate }), response: { 200: AdminContractsIdBasisChangePost } },
  }, async (req) => changeContractBasis(deps, { actor: staffOf(req), contractId: req.params.id, ...req.body }));
  app.post(`${base}/yearly-increase`, {
    config,
    schema: {
      tags, params: IdParams, summary: 'Record an agreed yearly increase ≤ inflation, applied at that year\'s renewal (R-P9); the administrator is notified',
      body: Obj({ year: Year, percentBp: Type.Integer({ minimum: 1, maximum: 100_000 }), agreement: Type.Optional(Obj({ contactId: Type.Optional(Type.Union([Uuid, Type.Null()])), agreedOn: IsoDate, note: Type.String({ minLength: 1, maxLength: 2000 }) })) }), response: { 201: AdminContractsIdYearlyIncreasePost },
    },
  }, async (req, reply) => reply.status(201).send(await recordYearlyIncrease(deps, { actor: staffOf(req), contractId: req.params.id, ...req.body })));
  app.post(`${base}/charges/:chargeId/cancel`, { config, schema: { tags, params: ChargeParams, summary: 'Cancel a charge not yet invoiced', response: { 200: AdminContractsIdChargesChargeIdCancelPost } } }, async (req) =>
    cancelCharge(deps, { actor: staffOf(req), contractId: req.params.id, chargeId: req.params.chargeId }),
  );
  app.post('/api/v1/admin/billing/renewals', {
    config, schema: { tags, summary: 'Produce the 1 January renewal fees of a year (R-P10); idempotent', body: Obj({ year: Year, note: Type.Optional(Note) }), response: { 200: AdminBillingRenewalsPost } },
  }, async (req) => produceRenewals(deps, { actor: staffOf(req), year: req.body.year }));
}
