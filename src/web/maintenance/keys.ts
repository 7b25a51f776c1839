import type { Locale } from '../api/types';
import type { AnnouncementKind, Audience, ReleaseKind } from './types';

// Translation keys of values, spelled out so the keys test sees every one.
export const LANG_KEYS: Record<Locale, string> = { en: 'maintenance.lang.en', es: 'maintenance.lang.es', el: 'maintenance.lang.el' };
export const AUDIENCE_KEYS: Record<Audience, string> = { all: 'maintenance.audience.all', product: 'maintenance.audience.product', customers: 'maintenance.audience.customers' };
export const OPERATION_STATUS_KEYS: Record<'scheduled' | 'cancelled', string> = { scheduled: 'maintenance.status.scheduled', cancelled: 'maintenance.status.cancelled' };
export const RELEASE_KIND_KEYS: Record<ReleaseKind, string> = {
  major: 'releases.kinds.major',
  minor: 'releases.kinds.minor',
  hotfix: 'releases.kinds.hotfix',
  plugin_update: 'releases.kinds.plugin_update',
};
export const ANNOUNCEMENT_KIND_KEYS: Record<AnnouncementKind, string> = {
  documentation: 'announcements.kinds.documentation',
  sla: 'announcements.kinds.sla',
  policy: 'announcements.kinds.policy',
  service: 'announcements.kinds.service',
  product: 'announcements.kinds.product',
  other: 'announcements.kinds.other',
};
