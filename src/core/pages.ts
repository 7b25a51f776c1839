/**
 * Every page of the web app, by name: the one table of page paths. The web
 * router (src/web/app-routes.tsx) declares exactly these routes, and every
 * link in outgoing mail and in the iCalendar feed is built from it with
 * pageUrl, so a link can only name a page that exists (issue 13 item 7:
 * links to /portal/... and /agent/... had led to "Page not found").
 * Browser-safe: no I/O, no Node built-ins.
 */
export const PAGES = {
  signIn: '/sign-in',
  home: '/',
  consoleQueue: '/console/queue',
  consoleTicket: '/console/tickets/:id',
  consolePhone: '/console/phone',
  consoleRequests: '/console/requests',
  adminUsers: '/admin/users',
  adminCalendars: '/admin/calendars',
  adminCalendar: '/admin/calendars/:id',
  adminPlans: '/admin/plans',
  adminPlan: '/admin/plans/:id',
  adminSeverities: '/admin/severities',
  adminCustomers: '/admin/customers',
  adminCustomer: '/admin/customers/:id',
  adminContracts: '/admin/contracts',
  adminContractBilling: '/admin/contracts/:id/billing',
  adminPresets: '/admin/presets',
  adminReleases: '/admin/releases',
  adminMaintenance: '/admin/maintenance',
  adminProducts: '/admin/products',
  adminProduct: '/admin/products/:id',
  adminAnnouncements: '/admin/announcements',
  adminMail: '/admin/mail',
  adminQuarantine: '/admin/quarantine',
  adminInvoices: '/admin/invoices',
  adminInvoice: '/admin/invoices/:id',
  adminTariffs: '/admin/tariffs',
  adminRenewals: '/admin/renewals',
  supportOverview: '/support/overview',
  supportContacts: '/support/contacts',
  supportTickets: '/support/tickets',
  supportNewTicket: '/support/tickets/new',
  supportTicket: '/support/tickets/:id',
  supportHeld: '/support/held',
  supportUpdates: '/support/updates',
  supportInvoices: '/support/invoices',
  supportConfirmEmail: '/support/confirm-email',
  accountPassword: '/account/password',
  accountTokens: '/account/tokens',
} as const;

export type PageName = keyof typeof PAGES;

/** The tabs of the support center's updates page, which a link may open (`?tab=`). */
export const UPDATES_TABS = ['maintenance', 'releases', 'announcements', 'feed'] as const;
export type UpdatesTab = (typeof UPDATES_TABS)[number];

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameters a page needs, e.g. { id } for supportTicket; {} for a page without any. */
export type PageParams<N extends PageName> = { [K in ParamNames<(typeof PAGES)[N]>]: string };

/** A page's path with its parameters filled in (URI-encoded) and an optional query. */
export function pagePath<N extends PageName>(name: N, params: PageParams<N>, query: Record<string, string> = {}): string {
  const values = params as Record<string, string>;
  const path = PAGES[name].replace(/:(\w+)/g, (_, key: string) => {
    const v = values[key];
    if (!v) throw new Error(`pagePath(${name}): missing parameter ${key}`);
    return encodeURIComponent(v);
  });
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
}

/** An absolute link to a page for mail and feeds: the instance's public URL (PUBLIC_URL) plus pagePath. */
export function pageUrl<N extends PageName>(publicUrl: string, name: N, params: PageParams<N>, query?: Record<string, string>): string {
  return `${publicUrl.replace(/\/+$/, '')}${pagePath(name, params, query)}`;
}
