import { Type } from '@sinclair/typebox';
import { createProduct } from '../../../usecases/products/create-product.js';
import { getProduct, listProducts } from '../../../usecases/products/list-products.js';
import { listProductInstallations } from '../../../usecases/products/list-product-installations.js';
import { archiveProduct, updateProduct } from '../../../usecases/products/update-product.js';
import { checkVersion } from '../../../usecases/products/check-version.js';
import { createVersionScheme } from '../../../usecases/products/create-version-scheme.js';
import { getVersionScheme } from '../../../usecases/products/get-version-scheme.js';
import { listVersionSchemes } from '../../../usecases/products/list-version-schemes.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { Name } from './catalogue-schemas.js';
import { CodeParams, Lifetime, ProductCode, VersionSchemeSchema, VersionText, WarningDays } from './products-schemas.js';
import { PRODUCT_KINDS } from '../../../core/enums.js';
import { literalUnion } from '../../../core/literal-union.js';
import { AdminProductsGet, AdminProductsIdArchivePost, AdminProductsIdGet, AdminProductsIdInstallationsGet, AdminProductsIdPatch, AdminProductsPost, AdminVersionSchemesCodeCheckPost, AdminVersionSchemesCodeGet, AdminVersionSchemesGet, AdminVersionSchemesPost } from '../../contract/admin.js';

const tags = ['products'];
const read = { access: ['admin', 'manager', 'agent'] as const };
const write = { access: ['admin', 'manager'] as const };
const Kind = literalUnion(PRODUCT_KINDS);
const settings = { description: Type.Optional(Type.String({ maxLength: 4000 })), majorLifetimeMonths: Type.Optional(Lifetime), eolWarningDays: Type.Optional(WarningDays) };

/** R-V1/R-V2: version schemes, products and modules. Staff read; admins and managers write. */
export async function productRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.get('/api/v1/admin/version-schemes', { config: read, schema: { tags, summary: 'List version schemes (R-V2)', response: { 200: AdminVersionSchemesGet } } }, async (req) => ({ items: await listVersionSchemes(deps, { actor: actorOf(req) }) }));
  app.get('/api/v1/admin/version-schemes/:code', { config: read, schema: { tags, summary: 'Get a version scheme', params: CodeParams, response: { 200: AdminVersionSchemesCodeGet } } }, async (req) => getVersionScheme(deps, { actor: actorOf(req), ...req.params }));
  app.post(
    '/api/v1/admin/version-schemes',
    { config: write, schema: { tags, summary: 'Create a version scheme (immutable once created)', description: 'Parts left to right with scope (platform|module|self) and level (major|minor|hotfix). Errors: INVALID_VERSION_SCHEME, CONFLICT.', body: VersionSchemeSchema, response: { 201: AdminVersionSchemesPost } } },
    async (req, reply) => reply.status(201).send(await createVersionScheme(deps, { actor: staffOf(req), scheme: req.body })),
  );
  app.post(
    '/api/v1/admin/version-schemes/:code/check',
    { config: read, schema: { tags, summary: 'Parse a version in a scheme (INVALID_VERSION with the expected shape when it does not fit)', params: CodeParams, body: Obj({ version: VersionText }), response: { 200: AdminVersionSchemesCodeCheckPost } } },
    async (req) => checkVersion(deps, { actor: actorOf(req), code: req.params.code, version: req.body.version }),
  );
  app.get(
    '/api/v1/admin/products',
    { config: read, schema: { tags, summary: 'List products and modules', querystring: Obj({ ...PageQuery, kind: Type.Optional(Kind), parentId: Type.Optional(Type.String({ format: 'uuid' })), archived: Type.Optional(Type.Boolean()) }), response: { 200: AdminProductsGet } } },
    async (req) => listProducts(deps, { actor: actorOf(req), ...req.query }),
  );
  app.post(
    '/api/v1/admin/products',
    {
      config: write,
      schema: { tags, summary: 'Create a product or a module (R-V1)', body: Obj({ code: ProductCode, name: Name, kind: Kind, parentId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])), schemeCode: Type.String({ maxLength: 64 }), ...settings }), response: { 201: AdminProductsPost } },
    },
    async (req, reply) => reply.status(201).send(await createProduct(deps, { actor: staffOf(req), ...req.body })),
  );
  app.get('/api/v1/admin/products/:id', { config: read, schema: { tags, summary: 'Get a product with its modules and lifecycle (major lines, end of life, latest version)', params: IdParams, response: { 200: AdminProductsIdGet } } }, async (req) =>
    getProduct(deps, { actor: actorOf(req), ...req.params }),
  );
  app.patch(
    '/api/v1/admin/products/:id',
    { config: write, schema: { tags, summary: 'Update a product (kind, parent and scheme never change)', params: IdParams, body: Obj({ code: Type.Optional(ProductCode), name: Type.Optional(Name), ...settings }), response: { 200: AdminProductsIdPatch } } },
    async (req) => updateProduct(deps, { actor: staffOf(req), id: req.params.id, patch: req.body }),
  );
  app.post('/api/v1/admin/products/:id/archive', { config: write, schema: { tags, summary: 'Archive a product', params: IdParams, response: { 200: AdminProductsIdArchivePost } } }, async (req) =>
    archiveProduct(deps, { actor: staffOf(req), id: req.params.id }),
  );
  app.get(
    '/api/v1/admin/products/:id/installations',
    { config: read, schema: { tags, summary: 'Who runs this product, oldest version first, with end of life and the right to the latest version (R-V6, R-V5)', params: IdParams, querystring: Obj({ limit: PageQuery.limit, offset: PageQuery.offset }), response: { 200: AdminProductsIdInstallationsGet } } },
    async (req) => listProductInstallations(deps, { actor: actorOf(req), productId: req.params.id, ...req.query }),
  );
}
