import type { Locale } from '../../core/notifications/render.js';
import { pickLocalized } from '../../core/versions/localized.js';
import type { ReleaseRow } from '../../storage/releases.queries.js';
import type { PortalReleaseView, ReleaseKind, ReleaseView } from '../../views/products.js';

export type { PortalReleaseView, ReleaseKind, ReleaseView };

export function presentRelease(r: ReleaseRow, productName: string): ReleaseView {
  return {
    id: r.id,
    productId: r.productId,
    productName,
    version: r.version,
    kind: r.kind,
    customerId: r.customerId,
    status: r.publishedAt ? 'published' : 'draft',
    notes: r.notes,
    releasedOn: r.releasedOn,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** What a contact sees: no drafts, no Markdown source, the notes in one language. */
export function presentPortalRelease(r: ReleaseRow, productName: string, locale: Locale): PortalReleaseView {
  const picked = pickLocalized(r.notes, locale);
  return {
    id: r.id,
    productId: r.productId,
    productName,
    version: r.version,
    kind: r.kind,
    privateHotfix: r.customerId !== null,
    releasedOn: r.releasedOn,
    publishedAt: r.publishedAt!.toISOString(),
    notes: picked ? { locale: picked.locale, html: picked.value.html, text: picked.value.text } : null,
    availableLocales: (Object.keys(r.notes) as Locale[]).sort(),
  };
}
