// The announcement API's shapes (R-M4): written once, returned by src/usecases/announcements
// and read by the web. Type-only.
import type { Locale } from '../core/notifications/render.js';
import type { LocalizedMarkdown, LocalizedText } from './localized.js';
import type { Audience } from './maintenance.js';
import type { AnnouncementKind } from '../core/enums.js';

export type { AnnouncementKind };

export interface AnnouncementView {
  id: string;
  /** R-M4: documentation, sla, policy, service, product, other. */
  kind: AnnouncementKind;
  titles: LocalizedText;
  bodies: LocalizedMarkdown;
  audience: Audience;
  productId: string | null;
  customerIds: string[];
  publishAt: string;
  status: 'scheduled' | 'sent' | 'cancelled';
  sentAt: string | null;
  /** Contacts the announcement was queued for. */
  deliveries: number;
  createdAt: string;
}

/** R-M4 in the portal: one language (the reader's, else English, else any), sanitised HTML. */
export interface PortalAnnouncementView {
  id: string;
  kind: AnnouncementKind;
  title: string;
  html: string;
  text: string;
  locale: Locale;
  publishedAt: string;
}
