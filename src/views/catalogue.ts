// The catalogue's API shapes (calendars, plans, severities): written once, returned by the
// presenters in src/usecases/{calendars,plans,severities} and read by the web. Type-only.
import type { PlanTerms } from '../core/catalogue/plan-terms-schema.js';
import type { CalendarSpec } from '../core/time/calendar.js';

export type { HolidayEntry } from '../core/catalogue/holiday-list.js';

export interface CalendarView {
  id: string;
  code: string;
  name: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CalendarVersionView {
  calendarId: string;
  version: number;
  effectiveFrom: string;
  spec: CalendarSpec;
  createdAt: string;
}

/** GET /admin/calendars/:id. */
export interface CalendarDetail extends CalendarView {
  /** Every version, oldest first (R-T1: old versions stay readable). */
  versions: CalendarVersionView[];
  /** The version number in force today (UTC), null before version 1 takes effect. */
  versionInForce: number | null;
}

export interface PlanView {
  id: string;
  code: string;
  name: string;
  /** Which catalogue edition the plan belongs to ('athento-es', 'altanet', …). */
  catalogue: string;
  /** Order within the catalogue: higher = more coverage (R-P3 upgrades). */
  rank: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlanVersionView {
  planId: string;
  version: number;
  effectiveFrom: string;
  terms: PlanTerms;
  createdAt: string;
}

/** GET /admin/plans/:id. */
export interface PlanDetail extends PlanView {
  /** The version in force today (UTC); null before version 1 takes effect. */
  current: PlanVersionView | null;
  /** Every version, oldest first, without terms (GET …/versions/:version has them). */
  versions: { version: number; effectiveFrom: string; createdAt: string }[];
}

/** Names and definitions per language (en required; es, el optional, falling back to en). */
export type Localized = { en: string; es?: string; el?: string };

export interface SeverityView {
  code: string;
  /** Lower rank = more severe (blocker 10 … trivial 40). */
  rank: number;
  names: Localized;
  definitions: Partial<Localized>;
  archivedAt: string | null;
}
