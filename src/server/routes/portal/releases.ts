import { Type } from '@sinclair/typebox';
import { getUpgradeRight } from '../../../usecases/products/get-upgrade-right.js';
import { listInstalledVersions } from '../../../usecases/products/list-installed-versions.js';
import { getPortalRelease, listPortalReleases } from '../../../usecases/releases/read-releases.js';
import { contactOf } from '../../plugins/actor.js';
import { IdParams, Obj, PageQuery } from '../../schemas.js';
import type { App } from '../../types.js';
import { LangQuery, ReleaseKind, Uuid, VersionText } from '../admin/products-schemas.js';
import { PortalInstalledVersionsGet, PortalInstalledVersionsProductIdUpgradeRightsGet, PortalReleasesGet, PortalReleasesIdGet } from '../../contract/portal.js';

const tags = ['portal'];
const access = { access: ['contact'] as const };

/** R-V4/R-V5/R-V6 in the portal: release notes in the contact's language, installed versions, end of life, upgrade rights. */
export async function portalReleaseRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.get(
    '/api/v1/portal/releases',
    { config: access, schema: { tags, summary: 'Published releases (and hotfixes made for my customer), notes in my language', querystring: Obj({ limit: PageQuery.limit, offset: PageQuery.offset, productId: Type.Optional(Uuid), kind: Type.Optional(ReleaseKind), ...LangQuery }), response: { 200: PortalReleasesGet } } },
    async (req) => listPortalReleases(deps, { actor: contactOf(req), ...req.query }),
  );
  app.get('/api/v1/portal/releases/:id', { config: access, schema: { tags, summary: 'One release with its notes (lang: en|es|el overrides my language)', params: IdParams, querystring: Obj(LangQuery), response: { 200: PortalReleasesIdGet } } }, async (req) =>
    getPortalRelease(deps, { actor: contactOf(req), id: req.params.id, lang: req.query.lang }),
  );
  app.get('/api/v1/portal/installed-versions', { config: access, schema: { tags, summary: 'What my customer runs, with end-of-life dates and the upgrade right to each latest version', response: { 200: PortalInstalledVersionsGet } } }, async (req) => {
    const me = contactOf(req);
    return listInstalledVersions(deps, { actor: me, customerId: me.customerId });
  });
  app.get(
    '/api/v1/portal/installed-versions/:productId/upgrade-rights',
    {
      config: access,
      schema: {
        tags,
        summary: 'R-V5: what upgrading my installed version to `to` (default: the latest version) costs under my contract',
        params: Obj({ productId: Uuid }),
        querystring: Obj({ to: Type.Optional(VersionText) }), response: { 200: PortalInstalledVersionsProductIdUpgradeRightsGet },
      },
    },
    async (req) => {
      const me = contactOf(req);
      return getUpgradeRight(deps, { actor: me, customerId: me.customerId, productId: req.params.productId, to: req.query.to, requireInstalled: true });
    },
  );
}
