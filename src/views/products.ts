// The products, version schemes, releases and installed versions API shapes (issue 8,
// R-V1..R-V6): written once, returned by src/usecases/{products,releases} and read by the web. Type-only.
import type { Locale } from '../core/notifications/render.js';
import type { UpgradeRight } from '../core/versions/upgrade-right.js';
import type { VersionPart, VersionScheme } from '../core/versions/version-scheme.js';
import type { LocalizedMarkdown } from './localized.js';
import type { ProductKind, ReleaseKind } from '../core/enums.js';

export type { UpgradeRight, VersionPart };

export interface ProductView {
  id: string;
  code: string;
  name: string;
  kind: ProductKind;
  /** The product a module belongs to (R-V1); null for products. */
  parentId: string | null;
  schemeCode: string;
  description: string;
  /** R-V5: a major version's life from its first release, in months (default 36). */
  majorLifetimeMonths: number;
  /** R-V5: end-of-life warnings, days before (one notice per threshold). */
  eolWarningDays: number[];
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A scheme (R-V2) with the shape people type, e.g. "N.N.N.N". */
export type VersionSchemeView = VersionScheme & { expected: string };

/** One major line of a product (R-V5). */
export interface MajorLine {
  /** e.g. "5" (Altanet platform major 5, Athento major 5). */
  majorLine: string;
  firstReleasedOn: string;
  /** R-V5: firstReleasedOn + the product's major lifetime. */
  endOfLife: string;
  latestVersion: string;
}

export interface InstalledVersionView {
  product: { id: string; code: string; name: string; kind: ProductKind; parentId: string | null };
  version: string;
  installedOn: string | null;
  updatedAt: string;
  /** R-V5: end of life of the installed major line; null before its first public release. */
  endOfLife: string | null;
  daysToEndOfLife: number | null;
  latestVersion: string | null;
  /** R-V5: what moving to the latest version costs under the contract in force; null when up to date. */
  upgradeToLatest: UpgradeRight | null;
}

export type { ReleaseKind };

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

/** What a contact sees: no drafts, no Markdown source, the notes in one language. */
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
