// Shapes of the products, releases, maintenance, announcement and mail APIs (issue 8, issue 5):
// src/server/routes/admin/{products,products-installed,releases,maintenance,maintenance-types,
// maintenance-feeds,announcements,mail}.ts and src/server/routes/portal/{releases,maintenance}.ts.
// The shapes the presenters return are defined once in src/views and re-exported here.

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

export { ANNOUNCEMENT_KINDS, LOCALES, RELEASE_KINDS } from '../../core/enums.js';
