import { Route, Routes } from 'react-router-dom';
import { AreaLayout } from './layouts/area-layout';
import { lazyNamed } from './lazy-named';
import { NotFoundPage } from './pages/not-found-page';
import { SignInPage } from './pages/sign-in-page';
import { Allow, HomeRedirect, RequireSignedIn } from './session/guards';

// The console's first screen and the sign-in page are in the initial bundle; the rest loads on demand.
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

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSignedIn />}>
        <Route index element={<HomeRedirect />} />
        <Route element={<AreaLayout />}>
          <Route path="console/queue" element={<Allow roles={[...STAFF]}><QueuePage /></Allow>} />
          <Route path="console/tickets/:id" element={<Allow roles={[...STAFF]}><ConsoleTicketPage /></Allow>} />
          <Route path="console/phone" element={<Allow roles={[...STAFF]}><PhoneTicketPage /></Allow>} />
          <Route path="console/requests" element={<Allow roles={[...STAFF]}><RequestsPage /></Allow>} />
          <Route path="admin/users" element={<Allow roles={[...MANAGERS]}><UsersPage /></Allow>} />
          <Route path="admin/calendars" element={<Allow roles={[...STAFF]}><CalendarsPage /></Allow>} />
          <Route path="admin/calendars/:id" element={<Allow roles={[...STAFF]}><CalendarPage /></Allow>} />
          <Route path="admin/plans" element={<Allow roles={[...STAFF]}><PlansPage /></Allow>} />
          <Route path="admin/plans/:id" element={<Allow roles={[...STAFF]}><PlanPage /></Allow>} />
          <Route path="admin/severities" element={<Allow roles={[...STAFF]}><SeveritiesPage /></Allow>} />
          <Route path="admin/customers" element={<Allow roles={[...STAFF]}><CustomersPage /></Allow>} />
          <Route path="admin/customers/:id" element={<Allow roles={[...STAFF]}><CustomerPage /></Allow>} />
          <Route path="admin/contracts" element={<Allow roles={[...STAFF]}><ContractsPage /></Allow>} />
          <Route path="admin/presets" element={<Allow roles={[...MANAGERS]}><PresetsPage /></Allow>} />
          <Route path="admin/releases" element={<Allow roles={[...STAFF]}><ReleasesPage /></Allow>} />
          <Route path="admin/maintenance" element={<Allow roles={[...STAFF]}><MaintenancePage /></Allow>} />
          <Route path="admin/products" element={<Allow roles={[...STAFF]}><ProductsPage /></Allow>} />
          <Route path="admin/products/:id" element={<Allow roles={[...STAFF]}><ProductPage /></Allow>} />
          <Route path="admin/announcements" element={<Allow roles={[...STAFF]}><AnnouncementsPage /></Allow>} />
          <Route path="admin/mail" element={<Allow roles={[...MANAGERS]}><MailPage /></Allow>} />
          <Route path="admin/quarantine" element={<Allow roles={[...MANAGERS]}><QuarantinePage /></Allow>} />
          <Route path="admin/invoices" element={<Allow roles={[...MANAGERS]}><InvoicesPage /></Allow>} />
          <Route path="admin/invoices/:id" element={<Allow roles={[...MANAGERS]}><InvoicePage /></Allow>} />
          <Route path="admin/tariffs" element={<Allow roles={[...MANAGERS]}><TariffsPage /></Allow>} />
          <Route path="admin/contracts/:id/billing" element={<Allow roles={[...MANAGERS]}><ContractBillingPage /></Allow>} />
          <Route path="admin/renewals" element={<Allow roles={[...MANAGERS]}><RenewalsPage /></Allow>} />
          <Route path="support/overview" element={<Allow roles={['contact']}><SupportOverviewPage /></Allow>} />
          <Route path="support/contacts" element={<Allow roles={['contact']}><SupportContactsPage /></Allow>} />
          <Route path="support/tickets" element={<Allow roles={['contact']}><SupportTicketsPage /></Allow>} />
          <Route path="support/tickets/new" element={<Allow roles={['contact']}><NewTicketPage /></Allow>} />
          <Route path="support/tickets/:id" element={<Allow roles={['contact']}><SupportTicketPage /></Allow>} />
          <Route path="support/held" element={<Allow roles={['contact']}><HeldRequestsPage /></Allow>} />
          <Route path="support/updates" element={<Allow roles={['contact']}><SupportUpdatesPage /></Allow>} />
          <Route path="support/invoices" element={<Allow roles={['contact']}><SupportInvoicesPage /></Allow>} />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="account/tokens" element={<ApiTokensPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
