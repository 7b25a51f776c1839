// Shapes of the public API as the web app reads them. Domain types come from
// browser-safe core modules (type-only imports, erased from the bundle).
import type { Actor } from '../../core/actor.js';
import type { Page } from '../../core/paging.js';
import type { Locale, StaffRole } from '../../core/enums.js';

export type { Actor, Page };
export type { CalendarSpec, CustomDay, LocalInterval, Weekday } from '../../core/time/calendar.js';
export type { Channel, PlanTerms, SeverityTargets, Target } from '../../core/catalogue/plan-terms-schema.js';
export type { ApiTokenSettingsView, ApiTokenView, CreatedApiToken } from '../../views/tokens.js';

export type { Locale };
export type { StaffRole };
export type StaffActor = Extract<Actor, { kind: 'user' }>;
export type ContactActor = Extract<Actor, { kind: 'contact' }>;
export type PersonActor = StaffActor | ContactActor;

export interface LoginResponse {
  actor: PersonActor;
  csrfToken: string;
  expiresAt: string;
}

export interface MeResponse {
  actor: PersonActor;
  via: 'session' | 'token';
  csrfToken: string | null;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  locale: Locale;
  timeZone: string;
  mustChangePassword: boolean;
  archivedAt: string | null;
  createdAt: string;
}
