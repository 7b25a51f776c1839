import type { RouteModule } from '../types.js';
import { agentIntakeRoutes } from './agent/intake.js';
import { agentQueueRoutes } from './agent/queue.js';
import { agentStaffRoutes } from './agent/staff.js';
import { slaPreviewRoutes } from './agent/sla-preview.js';
import { agentTicketRoutes } from './agent/tickets.js';
import { portalApprovalRoutes } from './portal/approvals.js';
import { portalSeverityRoutes } from './portal/severities.js';
import { portalTicketRoutes } from './portal/tickets.js';
import { portalTicketListRoutes } from './portal/ticket-list.js';
import { calendarRoutes } from './admin/calendars.js';
import { contactRoutes } from './admin/contacts.js';
import { contractRoutes } from './admin/contracts.js';
import { customerRoutes } from './admin/customers.js';
import { planRoutes } from './admin/plans.js';
import { presetRoutes } from './admin/presets.js';
import { severityRoutes } from './admin/severities.js';
import { portalContactRoutes } from './portal/contacts.js';
import { portalContractRoutes } from './portal/contracts.js';
import { portalCustomerRoutes } from './portal/customer.js';
import { userRoutes } from './admin/users.js';
import { mailRoutes } from './admin/mail.js';
import { sweepRoutes } from './admin/sweeps.js';
import { meRoutes } from './auth/me.js';
import { sessionRoutes } from './auth/session.js';
import { healthRoutes } from './system/health.js';
import { webRoutes } from './system/web.js';
import { adminBillingRoutes } from './admin/billing.js';
import { adminBillingPricingRoutes } from './admin/billing-pricing.js';
import { adminInvoiceRoutes } from './admin/billing-invoices.js';
import { agentBillingRoutes } from './agent/billing.js';
import { portalBillingRoutes } from './portal/billing.js';
import { announcementRoutes } from './admin/announcements.js';
import { maintenanceRoutes } from './admin/maintenance.js';
import { maintenanceFeedRoutes } from './admin/maintenance-feeds.js';
import { maintenanceTypeRoutes } from './admin/maintenance-types.js';
import { productRoutes } from './admin/products.js';
import { productInstalledRoutes } from './admin/products-installed.js';
import { productPresetRoutes } from './admin/products-presets.js';
import { releaseRoutes } from './admin/releases.js';
import { maintenanceIcalRoutes } from './portal/maintenance-ical.js';
import { portalMaintenanceRoutes } from './portal/maintenance.js';
import { portalReleaseRoutes } from './portal/releases.js';

/** Every route module, registered in this order by buildApp. */
export const ROUTE_MODULES: RouteModule[] = [
  healthRoutes,
  sessionRoutes,
  meRoutes,
  userRoutes,
  // Catalogue and customers (R-T1, R-K2, R-P1..R-P3, R-C2) and the portal.
  calendarRoutes,
  severityRoutes,
  planRoutes,
  customerRoutes,
  contactRoutes,
  contractRoutes,
  presetRoutes,
  portalCustomerRoutes,
  portalContractRoutes,
  portalContactRoutes,
  // Tickets under contract (R-K*, R-S*, R-P4, R-P5).
  agentQueueRoutes,
  agentStaffRoutes,
  portalTicketListRoutes,
  portalTicketRoutes,
  portalSeverityRoutes,
  portalApprovalRoutes,
  agentTicketRoutes,
  agentIntakeRoutes,
  slaPreviewRoutes,
  mailRoutes,
  sweepRoutes,
  // Billing (issue 7: R-B1..R-B8, R-P6..R-P10).
  agentBillingRoutes,
  portalBillingRoutes,
  adminBillingRoutes,
  adminBillingPricingRoutes,
  adminInvoiceRoutes,
  // Products, versions and maintenance (issue 8: R-V1..R-V6, R-M1..R-M4); the iCalendar feed lives outside /api/v1.
  productRoutes,
  productInstalledRoutes,
  productPresetRoutes,
  releaseRoutes,
  maintenanceTypeRoutes,
  maintenanceRoutes,
  maintenanceFeedRoutes,
  announcementRoutes,
  portalReleaseRoutes,
  portalMaintenanceRoutes,
  maintenanceIcalRoutes,
  // Last: the SPA fallback answers only what no API route claims.
  webRoutes,
];
