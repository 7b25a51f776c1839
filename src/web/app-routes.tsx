import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PAGES, type PageName } from '../core/pages.js';
import { AreaLayout } from './layouts/area-layout';
import { lazyNamed } from './lazy-named';
import { NotFoundPage } from './pages/not-found-page';
import { SignInPage } from './pages/sign-in-page';
import { Allow, HomeRedirect, RequireSignedIn } from './session/guards';

// The console's first screen and the sign-in page are in the initial bundle; the rest loads on demand.
const ConfirmEmailPage = lazyNamed(() => import('./pages/confirm-email-page'), 'ConfirmEmailPage');
const QueuePage = lazyNamed(() => import('./console/queue-page'), 'QueuePage');
const ChangePasswordPage = lazyNamed(() => import('./account/change-password-page'), 'ChangePasswordPage');
const ApiTokensPage = lazyNamed(() => import('./account/api-tokens-page'), 'ApiTokensPage');
const UsersPage = lazyNamed(() => import('./admin/users/users-page'), 'UsersPage');
const CalendarsPage = lazyNamed(() => import('./admin/calendars/calendars-page'), 'CalendarsPage');
const CalendarPage = lazyNamed(() => import('./admin/calendars/calendar-page'), 'CalendarPage');
const PlansPage = lazyNamed(() => import('./admin/plans/plans-page'), 'PlansPage');
const PlanPage = lazyNamed(() => import('./admin/plans/plan-page'), 'PlanPage');
const SeveritiesPage = lazyNamed(() => import('./admin/severities/severities-page'), 'SeveritiesPage');
const CustomersPage = lazyNamed(() => import('./admin/customers/customers-page'), 'CustomersPage');
const CustomerPage = lazyNamed(() => import('./admin/customers/customer-page'), 'CustomerPage');
const ContractsPage = lazyNamed(() => import('./admin/contracts/contracts-page'), 'ContractsPage');
const PresetsPage = lazyNamed(() => import('./admin/presets/presets-page'), 'PresetsPage');
const SupportOverviewPage = lazyNamed(() => import('./portal/overview-page'), 'SupportOverviewPage');
const SupportContactsPage = lazyNamed(() => import('./portal/contacts-page'), 'SupportContactsPage');
const SupportTicketsPage = lazyNamed(() => import('./portal/tickets/tickets-page'), 'SupportTicketsPage');
const NewTicketPage = lazyNamed(() => import('./portal/tickets/new-ticket-page'), 'NewTicketPage');
const SupportTicketPage = lazyNamed(() => import('./portal/tickets/ticket-page'), 'SupportTicketPage');
const HeldRequestsPage = lazyNamed(() => import('./portal/tickets/held-requests-page'), 'HeldRequestsPage');
const ConsoleTicketPage = lazyNamed(() => import('./console/ticket/ticket-page'), 'ConsoleTicketPage');
const PhoneTicketPage = lazyNamed(() => import('./console/phone-ticket-page'), 'PhoneTicketPage');
const RequestsPage = lazyNamed(() => import('./console/requests-page'), 'RequestsPage');
const ReleasesPage = lazyNamed(() => import('./products/releases-page'), 'ReleasesPage');
const MaintenancePage = lazyNamed(() => import('./maintenance/maintenance-page'), 'MaintenancePage');
const SupportUpdatesPage = lazyNamed(() => import('./portal/updates/updates-page'), 'SupportUpdatesPage');
const ProductsPage = lazyNamed(() => import('./products/products-page'), 'ProductsPage');
const ProductPage = lazyNamed(() => import('./products/product-page'), 'ProductPage');
const AnnouncementsPage = lazyNamed(() => import('./maintenance/announcements-page'), 'AnnouncementsPage');
const MailPage = lazyNamed(() => import('./admin/mail/mail-page'), 'MailPage');
const QuarantinePage = lazyNamed(() => import('./admin/worker/quarantine-page'), 'QuarantinePage');
const InvoicesPage = lazyNamed(() => import('./billing/admin/invoices-page'), 'InvoicesPage');
const InvoicePage = lazyNamed(() => import('./billing/admin/invoice-page'), 'InvoicePage');
const TariffsPage = lazyNamed(() => import('./billing/admin/tariffs-page'), 'TariffsPage');
const ContractBillingPage = lazyNamed(() => import('./billing/admin/contract-billing-page'), 'ContractBillingPage');
const RenewalsPage = lazyNamed(() => import('./billing/admin/renewals-page'), 'RenewalsPage');
const SupportInvoicesPage = lazyNamed(() => import('./billing/portal/invoices-page'), 'SupportInvoicesPage');

const MANAGERS = ['admin', 'manager'] as const;
const STAFF = ['admin', 'manager', 'agent'] as const;

const staff = (page: ReactElement) => <Allow roles={[...STAFF]}>{page}</Allow>;
const managers = (page: ReactElement) => <Allow roles={[...MANAGERS]}>{page}</Allow>;
const contact = (page: ReactElement) => <Allow roles={['contact']}>{page}</Allow>;

/**
 * What each page of the one page table (core/pages.ts) shows. The Record type
 * makes it exhaustive: a page added to the table without a screen, or a screen
 * without a page in the table, does not compile, so every link built from the
 * table (mail, iCalendar feed) opens a real page.
 */
const SIGNED_IN_PAGES: Record<Exclude<PageName, 'signIn' | 'home' | 'supportConfirmEmail'>, ReactElement> = {
  consoleQueue: staff(<QueuePage />),
  consoleTicket: staff(<ConsoleTicketPage />),
  consolePhone: staff(<PhoneTicketPage />),
  consoleRequests: staff(<RequestsPage />),
  adminUsers: managers(<UsersPage />),
  adminCalendars: staff(<CalendarsPage />),
  adminCalendar: staff(<CalendarPage />),
  adminPlans: staff(<PlansPage />),
  adminPlan: staff(<PlanPage />),
  adminSeverities: staff(<SeveritiesPage />),
  adminCustomers: staff(<CustomersPage />),
  adminCustomer: staff(<CustomerPage />),
  adminContracts: staff(<ContractsPage />),
  adminContractBilling: managers(<ContractBillingPage />),
  adminPresets: managers(<PresetsPage />),
  adminReleases: staff(<ReleasesPage />),
  adminMaintenance: staff(<MaintenancePage />),
  adminProducts: staff(<ProductsPage />),
  adminProduct: staff(<ProductPage />),
  adminAnnouncements: staff(<AnnouncementsPage />),
  adminMail: managers(<MailPage />),
  adminQuarantine: managers(<QuarantinePage />),
  adminInvoices: managers(<InvoicesPage />),
  adminInvoice: managers(<InvoicePage />),
  adminTariffs: managers(<TariffsPage />),
  adminRenewals: managers(<RenewalsPage />),
  supportOverview: contact(<SupportOverviewPage />),
  supportContacts: contact(<SupportContactsPage />),
  supportTickets: contact(<SupportTicketsPage />),
  supportNewTicket: contact(<NewTicketPage />),
  supportTicket: contact(<SupportTicketPage />),
  supportHeld: contact(<HeldRequestsPage />),
  supportUpdates: contact(<SupportUpdatesPage />),
  supportInvoices: contact(<SupportInvoicesPage />),
  accountPassword: <ChangePasswordPage />,
  accountTokens: <ApiTokensPage />,
};

export function AppRoutes() {
  return (
    <Routes>
      <Route path={PAGES.signIn} element={<SignInPage />} />
      {/* Public: the link mailed to a new contact address (issue 13 item 6). */}
      <Route path={PAGES.supportConfirmEmail} element={<ConfirmEmailPage />} />
      <Route element={<RequireSignedIn />}>
        <Route index element={<HomeRedirect />} />
        <Route element={<AreaLayout />}>
          {Object.entries(SIGNED_IN_PAGES).map(([name, element]) => (
            <Route key={name} path={PAGES[name as PageName]} element={element} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
