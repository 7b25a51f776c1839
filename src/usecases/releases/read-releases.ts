import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Locale } from '../../core/notifications/render.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { findProductRow } from '../../storage/products.queries.js';
import { findReleaseRow, findVisibleReleaseRow, listReleaseRows, listVisibleReleaseRows, type ReleaseFilter } from '../../storage/releases.queries.js';
import { presentPortalRelease, presentRelease, type PortalReleaseView, type ReleaseView } from '../../presenters/releases/present-release.js';
import { authorize, STAFF } from '../../core/access.js';

/** Vendor view: releases of every kind and status. */
export async function listReleases(deps: { db: Db }, input: ReleaseFilter & { actor: Actor; limit?: number; offset?: number }): Promise<Page<ReleaseView>> {
  authorize(input.actor, STAFF);
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listReleaseRows(deps.db, input, page);
  return { items: rows.map((r) => presentRelease(r.release, r.product.name)), total, ...page };
}

/** Vendor view of one release. Throws NOT_FOUND. */
export async function getRelease(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<ReleaseView> {
  authorize(input.actor, STAFF);
  const r = await findReleaseRow(deps.db, input.id);
  if (!r) throw new DomainError('NOT_FOUND', 'No such release.');
  return presentRelease(r, (await findProductRow(deps.db, r.productId))?.name ?? '');
}

type Contact = Extract<Actor, { kind: 'contact' }>;
const localeOf = (c: Contact, lang?: Locale): Locale => lang ?? (['en', 'es', 'el'].includes(c.locale) ? (c.locale as Locale) : 'en');

/**
 * R-V4 in the portal: published releases for every customer plus the
 * hotfixes made for the contact's customer, notes in the contact's language
 * (or `lang`), newest first.
 */
export async function listPortalReleases(
  deps: { db: Db },
  input: { actor: Contact; productId?: string; kind?: ReleaseFilter['kind']; lang?: Locale; limit?: number; offset?: number },
): Promise<Page<PortalReleaseView>> {
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listVisibleReleaseRows(deps.db, input.actor.customerId, { productId: input.productId, kind: input.kind }, page);
  return { items: rows.map((r) => presentPortalRelease(r.release, r.product.name, localeOf(input.actor, input.lang))), total, ...page };
}

/** One release as the contact may see it; another customer's hotfix or a draft is NOT_FOUND (R-V3). */
export async function getPortalRelease(deps: { db: Db }, input: { actor: Contact; id: string; lang?: Locale }): Promise<PortalReleaseView> {
  const r = await findVisibleReleaseRow(deps.db, input.actor.customerId, input.id);
  if (!r) throw new DomainError('NOT_FOUND', 'No such release.');
  return presentPortalRelease(r.release, r.product.name, localeOf(input.actor, input.lang));
}
