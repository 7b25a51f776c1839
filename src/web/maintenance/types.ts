// Shapes of the products, releases, maintenance, announcement and mail APIs (issue 8, issue 5):
// src/server/routes/admin/{products,products-installed,releases,maintenance,maintenance-types,
// maintenance-feeds,announcements,mail}.ts and src/server/routes/portal/{releases,maintenance}.ts.
import type { UpgradeRight } from '../../core/versions/upgrade-right.js';
import type { Locale } from '../api/types';

export type { UpgradeRight };

export type Localized = Partial<Record<Locale, string>>;
export type LocalizedNotes = Partial<Record<Locale, { markdown: string; html: string; text: string }>>;
export const LOCALES: Locale[] = ['en', 'es', 'el'];

export type NoticeRule = { kind: 'after' } | { kind: 'at_release' } | { kind: 'calendar_days_before'; days: number } | { kind: 'working_days_before'; days: number };

export interface MaintenanceTypeView {
  id: string;
  code: string;
  names: Localized;
  noticeRule: NoticeRule;
  expectedDurationMinutes: number;
  shutsDown: boolean;
  extraNoticeMinutes: number[];
  calendarId: string | null;
  archivedAt: string | null;
}

export type Audience = 'all' | 'product' | 'customers';

export interface NoticeView {
  id: string;
  revision: number;
  key: string;
  dueAt: string | null;
  sentAt: string | null;
  droppedAt: string | null;
  deliveries: number;
}

export interface MaintenanceView {
  id: string;
  type: { id: string; code: string; names: Localized; noticeRule: NoticeRule };
  titles: Localized;
  descriptions: Localized;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  shutsDown: boolean;
  productId: string | null;
  releaseId: string | null;
  audience: Audience;
  customerIds: string[];
  status: 'scheduled' | 'cancelled';
  revision: number;
  noticeRequiredBy: string | null;
  override: { reason: string; by: string | null } | null;
  cancelReason: string | null;
  cancelledAt: string | null;
  createdAt: string;
  notices: NoticeView[];
}

export interface MaintenancePreview {
  startsAt: string;
  endsAt: string;
  requiredBy: string | null;
  tooLate: boolean;
  earliestStart: string | null;
  countedWorkingDays: string[] | null;
  notices: { key: string; kind: string; dueAt: string | null; minutesBefore: number | null; justBefore: boolean }[];
  timeZone: string;
}

export interface PortalMaintenanceView {
  id: string;
  typeCode: string;
  typeName: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  shutsDown: boolean;
  status: 'scheduled' | 'cancelled';
  cancelledAt: string | null;
  productId: string | null;
  locale: Locale;
}

export type ReleaseKind = 'major' | 'minor' | 'hotfix' | 'plugin_update';
export const RELEASE_KINDS: ReleaseKind[] = ['major', 'minor', 'hotfix', 'plugin_update'];

export interface ReleaseView {
  id: string;
  productId: string;
  productName: string;
  version: string;
  kind: ReleaseKind;
  customerId: string | null;
  status: 'draft' | 'published';
  notes: LocalizedNotes;
  releasedOn: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PortalReleaseView {
  id: string;
  productId: string;
  productName: string;
  version: string;
  kind: ReleaseKind;
  privateHotfix: boolean;
  releasedOn: string | null;
  publishedAt: string;
  notes: { locale: Locale; html: string; text: string } | null;
  availableLocales: Locale[];
}

export interface VersionSchemePart {
  key: string;
  label: string;
  scope: 'platform' | 'module' | 'self';
  level: 'major' | 'minor' | 'hotfix';
}

export interface VersionSchemeView {
  code: string;
  name: string;
  parts: VersionSchemePart[];
  example?: string | null;
}

export interface ProductView {
  id: string;
  code: string;
  name: string;
  kind: 'product' | 'module';
  parentId: string | null;
  schemeCode: string;
  description: string;
  majorLifetimeMonths: number;
  eolWarningDays: number[];
  archivedAt: string | null;
}

export interface InstalledVersionView {
  product: { id: string; code: string; name: string; kind: 'product' | 'module'; parentId: string | null };
  version: string;
  installedOn: string | null;
  updatedAt: string;
  endOfLife: string | null;
  daysToEndOfLife: number | null;
  latestVersion: string | null;
  upgradeToLatest: UpgradeRight | null;
}

export interface MajorLine {
  majorLine: string;
  firstReleasedOn: string;
  endOfLife: string;
  latestVersion: string;
}

export type AnnouncementKind = 'documentation' | 'sla' | 'policy' | 'service' | 'product' | 'other';
export const ANNOUNCEMENT_KINDS: AnnouncementKind[] = ['documentation', 'sla', 'policy', 'service', 'product', 'other'];

export interface AnnouncementView {
  id: string;
  kind: AnnouncementKind;
  titles: Localized;
  bodies: LocalizedNotes;
  audience: Audience;
  productId: string | null;
  customerIds: string[];
  publishAt: string;
  status: 'scheduled' | 'sent' | 'cancelled';
  sentAt: string | null;
  deliveries: number;
  createdAt: string;
}

export interface PortalAnnouncementView {
  id: string;
  kind: AnnouncementKind;
  title: string;
  html: string;
  text: string;
  locale: Locale;
  publishedAt: string;
}

export interface IcalFeedStatus {
  active: boolean;
  createdAt: string | null;
  lastUsedAt: string | null;
}

export interface IcalFeedSecret {
  url: string;
  token: string;
  createdAt: string;
}
