import type { Locale } from '../../core/notifications/render.js';
import { pickLocalized } from '../../core/versions/localized.js';
import type { ReleaseRow } from '../../storage/releases.queries.js';
import type { LocalizedMarkdown } from '../../storage/schema/products.js';

export type ReleaseKind = ReleaseRow['kind'];

export interface ReleaseView {
  id: string;
  productId: string;
  productName: string;
  version: string;
  kind: ReleaseKind;
  /** R-V3: a hotfix made for one customer only; null = every customer. */
  customerId: string | null;
  status: 'draft' | 'published';
  /** Per language: the Markdown as written, its sanitised HTML and plain text (R-V4). */
  notes: LocalizedMarkdown;
  releasedOn: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

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

export interface PortalReleaseView {
  id: string;
  productId: string;
  productName: string;
  version: string;
  kind: ReleaseKind;
  /** True for a hotfix made for this customer only. */
  privateHotfix: boolean;
  releasedOn: string | null;
  publishedAt: string;
  /** The notes in the reader's language, else English, else any (R-V4); null when there are none. */
  notes: { locale: Locale; html: string; text: string } | null;
  availableLocales: Locale[];
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
