// Shapes of the products, releases, maintenance, announcement and mail APIs (issue 8, issue 5):
// src/server/routes/admin/{products,products-installed,releases,maintenance,maintenance-types,
// maintenance-feeds,announcements,mail}.ts and src/server/routes/portal/{releases,maintenance}.ts.
// The shapes the presenters return are defined once in src/views and re-exported here.
import type { AnnouncementKind } from '../../views/announcements.js';
import type { ReleaseKind } from '../../views/products.js';
import type { Locale } from '../api/types';

export type { AnnouncementKind, AnnouncementView, PortalAnnouncementView } from '../../views/announcements.js';
export type { LocalizedText as Localized, LocalizedMarkdown as LocalizedNotes } from '../../views/localized.js';
export type {
  Audience,
  IcalFeedSecret,
  IcalFeedStatus,
  MaintenancePreview,
  MaintenanceTypeView,
  MaintenanceView,
  NoticeRule,
  NoticeView,
  PortalMaintenanceView,
} from '../../views/maintenance.js';
export type {
  InstalledVersionView,
  MajorLine,
  PortalReleaseView,
  ProductView,
  ReleaseKind,
  ReleaseView,
  UpgradeRight,
  VersionPart as VersionSchemePart,
  VersionSchemeView,
} from '../../views/products.js';

export const LOCALES: Locale[] = ['en', 'es', 'el'];
export const RELEASE_KINDS: ReleaseKind[] = ['major', 'minor', 'hotfix', 'plugin_update'];
export const ANNOUNCEMENT_KINDS: AnnouncementKind[] = ['documentation', 'sla', 'policy', 'service', 'product', 'other'];
