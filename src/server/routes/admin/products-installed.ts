import { Type } from '@sinclair/typebox';
import { getUpgradeRight } from '../../../usecases/products/get-upgrade-right.js';
import { removeInstalledVersion, setInstalledVersion } from '../../../usecases/products/installed-versions.js';
import { listInstalledVersions } from '../../../usecases/products/list-installed-versions.js';
import { staffOf } from '../../plugins/actor.js';
import { IdParams, Obj } from '../../schemas.js';
import type { App } from '../../types.js';
import { CustomerProductParams, IsoDate, Uuid, VersionText } from './products-schemas.js';
import { AdminCustomersIdInstalledVersionsGet, AdminCustomersIdInstalledVersionsProductIdDelete, AdminCustomersIdInstalledVersionsProductIdPut, AdminUpgradeRightsGet } from '../../contract/admin.js';

const tags = ['products'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };

/** R-V6 installed versions per customer and R-V5 upgrade rights. */
export async function productInstalledRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.get(
    '/api/v1/admin/customers/:id/installed-versions',
    { config: read, schema: { tags, summary: "A customer's installed versions with end of life and the right to each latest version (R-V6, R-V5)", params: IdParams, response: { 200: AdminCustomersIdInstalledVersionsGet } } },
    async (req) => listInstalledVersions(deps, { actor: staffOf(req), customerId: req.params.id }),
  );
  app.put(
    '/api/v1/admin/customers/:id/installed-versions/:productId',
    {
      config: write,
      schema: { tags, summary: 'Record the version a customer runs (INVALID_VERSION when it does not fit the scheme)', params: CustomerProductParams, body: Obj({ version: VersionText, installedOn: Type.Optional(Type.Union([IsoDate, Type.Null()])) }), response: { 200: AdminCustomersIdInstalledVersionsProductIdPut } },
    },
    async (req) => setInstalledVersion(deps, { actor: staffOf(req), customerId: req.params.id, productId: req.params.productId, ...req.body }),
  );
  app.delete(
    '/api/v1/admin/customers/:id/installed-versions/:productId',
    { config: write, schema: { tags, summary: 'The customer no longer runs the product', params: CustomerProductParams, response: { 200: AdminCustomersIdInstalledVersionsProductIdDelete } } },
    async (req) => removeInstalledVersion(deps, { actor: staffOf(req), customerId: req.params.id, productId: req.params.productId }),
  );
  app.get(
    '/api/v1/admin/upgrade-rights',
    {
      config: read,
      schema: {
        tags,
        summary: 'R-V5: free | discount (licences % + migration) | not_covered, with the reason',
        description: 'Give customerId (its contract level on `date` and, unless `from` is given, its installed version) or planId with `from`. Errors: INVALID_VERSION, NOT_AN_UPGRADE, VALIDATION_FAILED.',
        querystring: Obj({ productId: Uuid, to: Type.Optional(VersionText), from: Type.Optional(VersionText), customerId: Type.Optional(Uuid), planId: Type.Optional(Uuid), date: Type.Optional(IsoDate) }), response: { 200: AdminUpgradeRightsGet },
      },
    },
    async (req) => getUpgradeRight(deps, { actor: staffOf(req), ...req.query }),
  );
}
