import { Type } from '@sinclair/typebox';
import { getBillingSettings, updateBillingSettings } from '../../../usecases/billing/billing-settings.js';
import { getContractTerms } from '../../../usecases/billing/get-contract-terms.js';
import { listInflationRates, setInflationRate } from '../../../usecases/billing/inflation-rates.js';
import { setContractTerms } from '../../../usecases/billing/set-contract-terms.js';
import { createTariff, listTariffs } from '../../../usecases/billing/tariffs.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { IdParams, IsoDate, Obj } from '../../schemas.js';
import type { App } from '../../types.js';
import { Activity, Bp, CategoryOverridesBody, Cents, Currency, Note, Series, Year } from '../billing-schemas.js';
import { AdminBillingSettingsGet, AdminBillingSettingsPatch, AdminContractsIdBillingTermsGet, AdminContractsIdBillingTermsPatch, AdminInflationRatesGet, AdminInflationRatesYearPut, AdminTariffsGet, AdminTariffsPost } from '../../contract/admin.js';

const tags = ['admin: billing'];
const config = { access: ['admin', 'manager'] as const };

/** Billing settings, contract billing terms (R-B1..R-B4, R-B7, R-P5), tariffs (R-B7) and inflation rates (R-P9). */
export async function adminBillingRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.get('/api/v1/admin/billing/settings', { config, schema: { tags, summary: 'Billing settings (31 August rule R-P7, invoice series)', response: { 200: AdminBillingSettingsGet } } }, async (req) => getBillingSettings(deps, { actor: actorOf(req) }));
  app.patch('/api/v1/admin/billing/settings', {
    config,
    schema: { tags, summary: 'Change billing settings', body: Obj({ august31Counts: Type.Optional(Type.Boolean()), invoiceSeries: Type.Optional(Series), creditNoteSeries: Type.Optional(Series) }), response: { 200: AdminBillingSettingsPatch } },
  }, async (req) => updateBillingSettings(deps, { actor: staffOf(req), patch: req.body }));
  app.get('/api/v1/admin/contracts/:id/billing-terms', { config, schema: { tags, params: IdParams, summary: 'The contract\'s billing facts (defaults when never set: stored=false)', response: { 200: AdminContractsIdBillingTermsGet } } }, async (req) =>
    getContractTerms(deps, { actor: staffOf(req), contractId: req.params.id }),
  );
  app.patch('/api/v1/admin/contracts/:id/billing-terms', {
    config,
    schema: {
      tags, params: IdParams, summary: 'Set billing facts: update subscription, vendor hosting, service contract, takeover date, free configuration tasks, billing unit and rounding, overage price, and per-category overrides of what the plan includes (R-P1)',
      body: Obj({
        hasUpdateSubscription: Type.Optional(Type.Boolean()), vendorHosted: Type.Optional(Type.Boolean()), hasServiceContract: Type.Optional(Type.Boolean()),
        configurationTakeoverDate: Type.Optional(Type.Union([IsoDate, Type.Null()])), freeConfigurationTasksPerYear: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
        billingUnitMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 480 })), roundingRule: Type.Optional(Type.Union([Type.Literal('per_entry'), Type.Literal('per_ticket_per_day')])),
        overageTicketPriceCents: Type.Optional(Type.Union([Cents, Type.Null()])),
        categoryOverrides: Type.Optional(CategoryOverridesBody),
      }), response: { 200: AdminContractsIdBillingTermsPatch },
    },
  }, async (req) => setContractTerms(deps, { actor: staffOf(req), contractId: req.params.id, patch: req.body }));
  app.get('/api/v1/admin/tariffs', { config, schema: { tags, summary: 'Tariffs (hourly, per activity or all), newest first', querystring: Obj({ currency: Type.Optional(Currency) }), response: { 200: AdminTariffsGet } } }, async (req) =>
    listTariffs(deps, { actor: actorOf(req), ...req.query }),
  );
  app.post('/api/v1/admin/tariffs', {
    config,
    schema: {
      tags, summary: 'Add a tariff in force from a date (activity null = every activity)',
      body: Obj({ activity: Type.Union([Activity, Type.Null()]), currency: Currency, ratePerHourCents: Cents, effectiveFrom: IsoDate, note: Type.Optional(Note) }), response: { 201: AdminTariffsPost },
    },
  }, async (req, reply) => reply.status(201).send(await createTariff(deps, { actor: staffOf(req), ...req.body })));
  app.get('/api/v1/admin/inflation-rates', { config, schema: { tags, summary: 'Inflation rates by year (cap yearly increases, R-P9)', response: { 200: AdminInflationRatesGet } } }, async (req) => listInflationRates(deps, { actor: actorOf(req) }));
  app.put('/api/v1/admin/inflation-rates/:year', {
    config, schema: { tags, summary: 'Enter the inflation rate for the year increased prices apply', params: Obj({ year: Year }), body: Obj({ rateBp: Bp, source: Type.Optional(Note) }), response: { 200: AdminInflationRatesYearPut } },
  }, async (req) => setInflationRate(deps, { actor: staffOf(req), year: req.params.year, ...req.body }));
}
