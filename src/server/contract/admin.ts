import { Type } from '@sinclair/typebox';
import { Obj } from '../schemas.js';
import { Nullable } from './helpers.js';
import { ref } from './ref.js';
import * as V from './views.js';

// Response schemas of src/server/routes/admin (issue 15 item 7).

/** GET /api/v1/admin/announcements/:id */
export const AdminAnnouncementsIdGet = ref(V.AnnouncementView);

/** POST /api/v1/admin/announcements/:id/cancel */
export const AdminAnnouncementsIdCancelPost = ref(V.AnnouncementView);

/** GET /api/v1/admin/invoices */
export const AdminInvoicesGet = Obj({ limit: Type.Number(), offset: Type.Number(), items: Type.Array(ref(V.InvoiceSummaryView)), total: Type.Number() });

/** POST /api/v1/admin/invoices */
export const AdminInvoicesPost = ref(V.InvoiceView);

/** GET /api/v1/admin/invoices/:id */
export const AdminInvoicesIdGet = ref(V.InvoiceView);

/** POST /api/v1/admin/invoices/:id/issue */
export const AdminInvoicesIdIssuePost = ref(V.InvoiceView);

/** POST /api/v1/admin/invoices/:id/credit-note */
export const AdminInvoicesIdCreditNotePost = ref(V.InvoiceView);

/** GET /api/v1/admin/billing/activation-preview */
export const AdminBillingActivationPreviewGet = ref(V.ActivationPreview);

/** GET /api/v1/admin/contracts/:id/charges */
export const AdminContractsIdChargesGet = Obj({ items: Type.Array(ref(V.ChargeView)), increases: Type.Array(ref(V.IncreaseView)) });

/** POST /api/v1/admin/contracts/:id/activation */
export const AdminContractsIdActivationPost = ref(V.ChargeView);

/** POST /api/v1/admin/contracts/:id/retroactive-activation */
export const AdminContractsIdRetroactiveActivationPost = ref(V.ChargeView);

/** POST /api/v1/admin/contracts/:id/basis-change */
export const AdminContractsIdBasisChangePost = Obj({ contract: ref(V.ContractView), charge: Nullable(ref(V.ChargeView)) });

/** POST /api/v1/admin/contracts/:id/yearly-increase */
export const AdminContractsIdYearlyIncreasePost = ref(V.IncreaseView);

/** POST /api/v1/admin/contracts/:id/charges/:chargeId/cancel */
export const AdminContractsIdChargesChargeIdCancelPost = ref(V.ChargeView);

/** POST /api/v1/admin/billing/renewals */
export const AdminBillingRenewalsPost = Obj({ year: Type.Number(), created: Type.Array(ref(V.ChargeView)), skipped: Type.Array(Obj({ contractId: Type.String(), reason: Type.String() })) });

/** GET /api/v1/admin/billing/settings */
export const AdminBillingSettingsGet = ref(V.BillingSettingsView);

/** PATCH /api/v1/admin/billing/settings */
export const AdminBillingSettingsPatch = ref(V.BillingSettingsView);

/** GET /api/v1/admin/contracts/:id/billing-terms */
export const AdminContractsIdBillingTermsGet = ref(V.ContractTermsView);

/** PATCH /api/v1/admin/contracts/:id/billing-terms */
export const AdminContractsIdBillingTermsPatch = ref(V.ContractTermsView);

/** GET /api/v1/admin/tariffs */
export const AdminTariffsGet = Obj({ items: Type.Array(ref(V.TariffView)) });

/** POST /api/v1/admin/tariffs */
export const AdminTariffsPost = ref(V.TariffView);

/** GET /api/v1/admin/inflation-rates */
export const AdminInflationRatesGet = Obj({ items: Type.Array(ref(V.InflationRateView)) });

/** PUT /api/v1/admin/inflation-rates/:year */
export const AdminInflationRatesYearPut = ref(V.InflationRateView);

/** GET /api/v1/admin/calendars/:id */
export const AdminCalendarsIdGet = ref(V.CalendarDetail);

/** PATCH /api/v1/admin/calendars/:id */
export const AdminCalendarsIdPatch = ref(V.CalendarView);

/** POST /api/v1/admin/calendars/:id/archive */
export const AdminCalendarsIdArchivePost = ref(V.CalendarView);

/** GET /api/v1/admin/calendars/:id/versions */
export const AdminCalendarsIdVersionsGet = Obj({ items: Type.Array(ref(V.CalendarVersionView)) });

/** POST /api/v1/admin/calendars/:id/versions */
export const AdminCalendarsIdVersionsPost = ref(V.CalendarVersionView);

/** GET /api/v1/admin/calendars/:id/versions/:version */
export const AdminCalendarsIdVersionsVersionGet = ref(V.CalendarVersionView);

/** GET /api/v1/admin/calendars/:id/version-in-force */
export const AdminCalendarsIdVersionInForceGet = ref(V.CalendarVersionView);

/** GET /api/v1/admin/calendars/:id/versions/:version/holidays */
export const AdminCalendarsIdVersionsVersionHolidaysGet = Obj({ calendarId: Type.String(), version: Type.Number(), year: Type.Number(), holidays: Type.Array(Obj({ date: Type.String(), name: Type.String(), source: Type.Union([Type.Literal('custom'), Type.Literal('holidays'), Type.Literal('library')]), type: Nullable(Type.String()), cancelled: Type.Boolean(), intervals: Nullable(Type.Array(Type.Array(Type.String(), { minItems: 2, maxItems: 2 }))) })) });

/** GET /api/v1/admin/customers/:id/contacts/:contactId */
export const AdminCustomersIdContactsContactIdGet = ref(V.ContactView);

/** PATCH /api/v1/admin/customers/:id/contacts/:contactId */
export const AdminCustomersIdContactsContactIdPatch = ref(V.ContactView);

/** POST /api/v1/admin/customers/:id/contacts/:contactId/confirmation */
export const AdminCustomersIdContactsContactIdConfirmationPost = ref(V.ContactView);

/** POST /api/v1/admin/customers/:id/contacts/:contactId/archive */
export const AdminCustomersIdContactsContactIdArchivePost = ref(V.ContactView);

/** GET /api/v1/admin/contracts/:id */
export const AdminContractsIdGet = ref(V.ContractView);

/** PATCH /api/v1/admin/contracts/:id */
export const AdminContractsIdPatch = ref(V.ContractView);

/** POST /api/v1/admin/contracts/:id/archive */
export const AdminContractsIdArchivePost = ref(V.ContractView);

/** GET /api/v1/admin/customers/:id */
export const AdminCustomersIdGet = ref(V.CustomerView);

/** PATCH /api/v1/admin/customers/:id */
export const AdminCustomersIdPatch = ref(V.CustomerView);

/** POST /api/v1/admin/customers/:id/archive */
export const AdminCustomersIdArchivePost = ref(V.CustomerView);

/** GET /api/v1/admin/mail/outbox */
export const AdminMailOutboxGet = Obj({ items: Type.Array(Obj({ id: Type.String(), createdAt: Type.String(), template: Type.String(), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), to: Obj({ kind: Type.Union([Type.Literal('contact'), Type.Literal('user'), Type.Literal('address')]), id: Nullable(Type.String()), address: Type.String(), name: Type.String() }), subject: Type.String(), status: Type.Union([Type.Literal('sent'), Type.Literal('pending'), Type.Literal('failed'), Type.Literal('kept'), Type.Literal('bounced')]), attempts: Type.Number(), nextAttemptAt: Nullable(Type.String()), notBefore: Nullable(Type.String()), lastError: Nullable(Type.String()), sentAt: Nullable(Type.String()), bouncedAt: Nullable(Type.String()), ticketId: Nullable(Type.String()), customerId: Nullable(Type.String()) })), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** GET /api/v1/admin/mail/outbox/:id */
export const AdminMailOutboxIdGet = Obj({ retriedAt: Nullable(Type.String()), text: Type.String(), html: Type.String(), headers: Obj({ from: Type.String(), to: Type.String(), subject: Type.String(), messageId: Type.String(), replyTo: Nullable(Type.String()), inReplyTo: Nullable(Type.String()), references: Type.Array(Type.String()), extra: Type.Record(Type.String(), Type.String()) }), id: Type.String(), createdAt: Type.String(), template: Type.String(), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), to: Obj({ kind: Type.Union([Type.Literal('contact'), Type.Literal('user'), Type.Literal('address')]), id: Nullable(Type.String()), address: Type.String(), name: Type.String() }), subject: Type.String(), status: Type.Union([Type.Literal('sent'), Type.Literal('pending'), Type.Literal('failed'), Type.Literal('kept'), Type.Literal('bounced')]), attempts: Type.Number(), nextAttemptAt: Nullable(Type.String()), notBefore: Nullable(Type.String()), lastError: Nullable(Type.String()), sentAt: Nullable(Type.String()), bouncedAt: Nullable(Type.String()), ticketId: Nullable(Type.String()), customerId: Nullable(Type.String()) });

/** POST /api/v1/admin/mail/outbox/:id/retry */
export const AdminMailOutboxIdRetryPost = Obj({ id: Type.String(), createdAt: Type.String(), template: Type.String(), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), to: Obj({ kind: Type.Union([Type.Literal('contact'), Type.Literal('user'), Type.Literal('address')]), id: Nullable(Type.String()), address: Type.String(), name: Type.String() }), subject: Type.String(), status: Type.Union([Type.Literal('sent'), Type.Literal('pending'), Type.Literal('failed'), Type.Literal('kept'), Type.Literal('bounced')]), attempts: Type.Number(), nextAttemptAt: Nullable(Type.String()), notBefore: Nullable(Type.String()), lastError: Nullable(Type.String()), sentAt: Nullable(Type.String()), bouncedAt: Nullable(Type.String()), ticketId: Nullable(Type.String()), customerId: Nullable(Type.String()) });

/** GET /api/v1/admin/mail/inbound */
export const AdminMailInboundGet = Obj({ items: Type.Array(Obj({ id: Type.String(), mailbox: Type.String(), messageId: Nullable(Type.String()), receivedAt: Type.String(), lastDeliveryAt: Type.String(), deliveries: Type.Number(), from: Obj({ address: Type.String(), name: Type.String() }), subject: Type.String(), status: Type.Union([Type.Literal('failed'), Type.Literal('processing'), Type.Literal('ticket_created'), Type.Literal('reply_added'), Type.Literal('refused'), Type.Literal('kept_not_participant'), Type.Literal('ignored_auto_reply'), Type.Literal('ignored_bounce'), Type.Literal('ignored_loop'), Type.Literal('ignored_empty'), Type.Literal('unparseable')]), reason: Nullable(Type.String()), ticketId: Nullable(Type.String()), ticketMessageId: Nullable(Type.String()), unentitledRequestId: Nullable(Type.String()), raw: Obj({ sha256: Type.String(), sizeBytes: Type.Number() }), attempts: Type.Number(), lastError: Nullable(Type.String()), details: Type.Record(Type.String(), Type.Unknown()) })), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** GET /api/v1/admin/mail/inbound/:id */
export const AdminMailInboundIdGet = Obj({ id: Type.String(), mailbox: Type.String(), messageId: Nullable(Type.String()), receivedAt: Type.String(), lastDeliveryAt: Type.String(), deliveries: Type.Number(), from: Obj({ address: Type.String(), name: Type.String() }), subject: Type.String(), status: Type.Union([Type.Literal('failed'), Type.Literal('processing'), Type.Literal('ticket_created'), Type.Literal('reply_added'), Type.Literal('refused'), Type.Literal('kept_not_participant'), Type.Literal('ignored_auto_reply'), Type.Literal('ignored_bounce'), Type.Literal('ignored_loop'), Type.Literal('ignored_empty'), Type.Literal('unparseable')]), reason: Nullable(Type.String()), ticketId: Nullable(Type.String()), ticketMessageId: Nullable(Type.String()), unentitledRequestId: Nullable(Type.String()), raw: Obj({ sha256: Type.String(), sizeBytes: Type.Number() }), attempts: Type.Number(), lastError: Nullable(Type.String()), details: Type.Record(Type.String(), Type.Unknown()) });

/** GET /api/v1/admin/mail/settings */
export const AdminMailSettingsGet = Obj({ outbound: Type.Union([Obj({ mode: Type.Literal('smtp'), host: Type.String(), port: Type.Number(), secure: Type.Boolean(), user: Nullable(Type.String()) }), Obj({ mode: Type.Literal('kept'), host: Type.Null(), port: Type.Null(), secure: Type.Null(), user: Type.Null() })]), from: Obj({ name: Type.String(), address: Type.String() }), replyAddress: Nullable(Type.String()), messageIdDomain: Type.String(), defaultSeverity: Nullable(Type.String()), senderAuthservId: Nullable(Type.String()), refusalIntervalMinutes: Type.Number(), refusalsPerHour: Type.Number(), senderLimits: Obj({ ticketsPerHour: Type.Number(), loopBurst: Type.Number(), acksPerHour: Type.Number() }), delivery: Obj({ intervalSeconds: Type.Number(), batch: Type.Number(), retryBaseSeconds: Type.Number(), retryCapSeconds: Type.Number(), maxAgeHours: Type.Number(), leaseSeconds: Type.Number() }), inboundSmtp: Nullable(Obj({ host: Type.String(), port: Type.Number(), maxBytes: Type.Number(), authRequired: Type.Boolean(), domains: Type.Array(Type.String()), tls: Nullable(Obj({ certFile: Type.String(), required: Type.Boolean() })) })), imap: Nullable(Obj({ host: Type.String(), port: Type.Number(), secure: Type.Boolean(), user: Type.String(), mailbox: Type.String(), pollSeconds: Type.Number() })), parse: Obj({ workers: Type.Number(), timeoutMs: Type.Number(), memoryMb: Type.Number() }) });

/** POST /api/v1/admin/customers/:id/ical-feed/rotate */
export const AdminCustomersIdIcalFeedRotatePost = ref(V.IcalFeedSecret);

/** GET /api/v1/admin/maintenance-types/:id */
export const AdminMaintenanceTypesIdGet = ref(V.MaintenanceTypeView);

/** PATCH /api/v1/admin/maintenance-types/:id */
export const AdminMaintenanceTypesIdPatch = ref(V.MaintenanceTypeView);

/** POST /api/v1/admin/maintenance-types/:id/archive */
export const AdminMaintenanceTypesIdArchivePost = ref(V.MaintenanceTypeView);

/** POST /api/v1/admin/maintenance/preview */
export const AdminMaintenancePreviewPost = ref(V.MaintenancePreview);

/** GET /api/v1/admin/maintenance/:id */
export const AdminMaintenanceIdGet = ref(V.MaintenanceView);

/** PATCH /api/v1/admin/maintenance/:id */
export const AdminMaintenanceIdPatch = ref(V.MaintenanceView);

/** POST /api/v1/admin/maintenance/:id/cancel */
export const AdminMaintenanceIdCancelPost = ref(V.MaintenanceView);

/** GET /api/v1/admin/plans/:id */
export const AdminPlansIdGet = ref(V.PlanDetail);

/** PATCH /api/v1/admin/plans/:id */
export const AdminPlansIdPatch = ref(V.PlanView);

/** POST /api/v1/admin/plans/:id/archive */
export const AdminPlansIdArchivePost = ref(V.PlanView);

/** GET /api/v1/admin/plans/:id/versions */
export const AdminPlansIdVersionsGet = Obj({ items: Type.Array(ref(V.PlanVersionView)) });

/** POST /api/v1/admin/plans/:id/versions */
export const AdminPlansIdVersionsPost = ref(V.PlanVersionView);

/** GET /api/v1/admin/plans/:id/versions/:version */
export const AdminPlansIdVersionsVersionGet = ref(V.PlanVersionView);

/** GET /api/v1/admin/plans/:id/version-in-force */
export const AdminPlansIdVersionInForceGet = ref(V.PlanVersionView);

/** GET /api/v1/admin/presets */
export const AdminPresetsGet = Obj({ items: Type.Array(ref(V.PresetSummary)) });

/** POST /api/v1/admin/presets/:name/import */
export const AdminPresetsNameImportPost = ref(V.ImportPresetResult);

/** GET /api/v1/admin/customers/:id/installed-versions */
export const AdminCustomersIdInstalledVersionsGet = Obj({ items: Type.Array(ref(V.InstalledVersionView)), plan: Nullable(Obj({ version: Type.Number(), name: Type.String(), planId: Type.String(), code: Type.String() })) });

/** PUT /api/v1/admin/customers/:id/installed-versions/:productId */
export const AdminCustomersIdInstalledVersionsProductIdPut = Obj({ customerId: Type.String(), productId: Type.String(), version: Type.String(), installedOn: Nullable(Type.String()) });

/** DELETE /api/v1/admin/customers/:id/installed-versions/:productId */
export const AdminCustomersIdInstalledVersionsProductIdDelete = Obj({ removed: Type.Literal(true) });

/** GET /api/v1/admin/upgrade-rights */
export const AdminUpgradeRightsGet = Obj({ productId: Type.String(), from: Type.String(), to: Type.String(), change: Obj({ partIndex: Type.Number(), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.Union([Type.Literal('hotfix'), Type.Literal('minor'), Type.Literal('major')]), partLabel: Type.String() }), right: Type.Union([Obj({ outcome: Type.Literal('free'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), reason: Obj({ code: Type.String(), message: Type.String() }) }), Obj({ outcome: Type.Literal('discount'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), licenceDiscountPercent: Type.Number(), migration: Type.Union([Type.Literal('estimate'), Type.Literal('included')]), reason: Obj({ code: Type.String(), message: Type.String() }) }), Obj({ outcome: Type.Literal('not_covered'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), reason: Obj({ code: Type.String(), message: Type.String() }) })]), plan: Nullable(Obj({ version: Type.Number(), name: Type.String(), planId: Type.String(), code: Type.String() })) });

/** GET /api/v1/admin/product-presets */
export const AdminProductPresetsGet = Obj({ items: Type.Array(Obj({ name: Type.String(), title: Type.String(), description: Type.String(), source: Type.String(), notes: Type.Array(Type.String()), versionSchemes: Type.Array(Type.String()), calendar: Nullable(Type.String()), maintenanceTypes: Type.Array(Type.String()) })) });

/** POST /api/v1/admin/product-presets/:name/import */
export const AdminProductPresetsNameImportPost = Obj({ name: Type.String(), items: Type.Array(Obj({ kind: Type.Union([Type.Literal('calendar'), Type.Literal('version_scheme'), Type.Literal('maintenance_type')]), code: Type.String(), outcome: Type.Union([Type.Literal('created'), Type.Literal('kept'), Type.Literal('updated'), Type.Literal('unchanged')]) })) });

/** GET /api/v1/admin/version-schemes */
export const AdminVersionSchemesGet = Obj({ items: Type.Array(ref(V.VersionSchemeView)) });

/** GET /api/v1/admin/version-schemes/:code */
export const AdminVersionSchemesCodeGet = ref(V.VersionSchemeView);

/** POST /api/v1/admin/version-schemes */
export const AdminVersionSchemesPost = ref(V.VersionSchemeView);

/** POST /api/v1/admin/version-schemes/:code/check */
export const AdminVersionSchemesCodeCheckPost = Obj({ scheme: Type.String(), version: Type.String(), parts: Type.Array(Obj({ key: Type.String(), label: Type.String(), value: Type.Number() })) });

/** GET /api/v1/admin/products */
export const AdminProductsGet = Obj({ items: Type.Array(ref(V.ProductView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/products */
export const AdminProductsPost = ref(V.ProductView);

/** GET /api/v1/admin/products/:id */
export const AdminProductsIdGet = Obj({ id: Type.String(), code: Type.String(), name: Type.String(), kind: Type.Union([Type.Literal('product'), Type.Literal('module')]), parentId: Nullable(Type.String()), schemeCode: Type.String(), description: Type.String(), majorLifetimeMonths: Type.Number(), eolWarningDays: Type.Array(Type.Number()), archivedAt: Nullable(Type.String()), createdAt: Type.String(), updatedAt: Type.String(), modules: Type.Array(ref(V.ProductView)), lifecycle: Obj({ latestVersion: Nullable(Type.String()), latestVersionKey: Nullable(Type.Array(Type.Number())), majors: Type.Array(ref(V.MajorLine)) }) });

/** PATCH /api/v1/admin/products/:id */
export const AdminProductsIdPatch = ref(V.ProductView);

/** POST /api/v1/admin/products/:id/archive */
export const AdminProductsIdArchivePost = ref(V.ProductView);

/** GET /api/v1/admin/products/:id/installations */
export const AdminProductsIdInstallationsGet = Obj({ items: Type.Array(Obj({ version: Type.String(), updatedAt: Type.String(), installedOn: Nullable(Type.String()), endOfLife: Nullable(Type.String()), daysToEndOfLife: Nullable(Type.Number()), latestVersion: Nullable(Type.String()), upgradeToLatest: Nullable(Type.Union([Obj({ outcome: Type.Literal('free'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), reason: Obj({ code: Type.String(), message: Type.String() }) }), Obj({ outcome: Type.Literal('discount'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), licenceDiscountPercent: Type.Number(), migration: Type.Union([Type.Literal('estimate'), Type.Literal('included')]), reason: Obj({ code: Type.String(), message: Type.String() }) }), Obj({ outcome: Type.Literal('not_covered'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), reason: Obj({ code: Type.String(), message: Type.String() }) })])), customer: Obj({ id: Type.String(), code: Type.String(), name: Type.String() }) })), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** GET /api/v1/admin/releases */
export const AdminReleasesGet = Obj({ items: Type.Array(ref(V.ReleaseView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/releases */
export const AdminReleasesPost = ref(V.ReleaseView);

/** GET /api/v1/admin/releases/:id */
export const AdminReleasesIdGet = ref(V.ReleaseView);

/** PATCH /api/v1/admin/releases/:id */
export const AdminReleasesIdPatch = ref(V.ReleaseView);

/** POST /api/v1/admin/releases/:id/publish */
export const AdminReleasesIdPublishPost = Obj({ release: ref(V.ReleaseView), notified: Type.Number(), maintenanceNoticesDue: Type.Number() });

/** GET /api/v1/admin/severities/:code */
export const AdminSeveritiesCodeGet = ref(V.SeverityView);

/** PATCH /api/v1/admin/severities/:code */
export const AdminSeveritiesCodePatch = ref(V.SeverityView);

/** POST /api/v1/admin/severities/:code/archive */
export const AdminSeveritiesCodeArchivePost = ref(V.SeverityView);

/** GET /api/v1/admin/worker/quarantine */
export const AdminWorkerQuarantineGet = Obj({ items: Type.Array(Obj({ sweep: Type.String(), itemId: Type.String(), attempts: Type.Number(), lastError: Type.String(), firstFailedAt: Type.String(), lastFailedAt: Type.String(), quarantinedAt: Type.String() })), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/worker/quarantine/release */
export const AdminWorkerQuarantineReleasePost = Obj({ released: Type.Literal(true) });

/** GET /api/v1/admin/users */
export const AdminUsersGet = Obj({ items: Type.Array(Obj({ id: Type.String(), email: Type.String(), name: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('agent')]), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), timeZone: Type.String(), mustChangePassword: Type.Boolean(), archivedAt: Nullable(Type.String()), createdAt: Type.String() })), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** GET /api/v1/admin/users/:id */
export const AdminUsersIdGet = Obj({ id: Type.String(), email: Type.String(), name: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('agent')]), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), timeZone: Type.String(), mustChangePassword: Type.Boolean(), archivedAt: Nullable(Type.String()), createdAt: Type.String() });

/** POST /api/v1/admin/users */
export const AdminUsersPost = Obj({ user: Obj({ id: Type.String(), email: Type.String(), name: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('agent')]), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), timeZone: Type.String(), mustChangePassword: Type.Boolean(), archivedAt: Nullable(Type.String()), createdAt: Type.String() }), oneTimePassword: Nullable(Type.String()) });

/** PATCH /api/v1/admin/users/:id */
export const AdminUsersIdPatch = Obj({ id: Type.String(), email: Type.String(), name: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('agent')]), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), timeZone: Type.String(), mustChangePassword: Type.Boolean(), archivedAt: Nullable(Type.String()), createdAt: Type.String() });

/** POST /api/v1/admin/users/:id/archive */
export const AdminUsersIdArchivePost = Obj({ id: Type.String(), email: Type.String(), name: Type.String(), role: Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('agent')]), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), timeZone: Type.String(), mustChangePassword: Type.Boolean(), archivedAt: Nullable(Type.String()), createdAt: Type.String() });

/** GET /api/v1/admin/announcements */
export const AdminAnnouncementsGet = Obj({ items: Type.Array(ref(V.AnnouncementView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/announcements */
export const AdminAnnouncementsPost = ref(V.AnnouncementView);

/** GET /api/v1/admin/calendars */
export const AdminCalendarsGet = Obj({ items: Type.Array(ref(V.CalendarView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/calendars */
export const AdminCalendarsPost = Obj({ calendar: ref(V.CalendarView), version: ref(V.CalendarVersionView) });

/** GET /api/v1/admin/customers/:id/contacts */
export const AdminCustomersIdContactsGet = Obj({ items: Type.Array(ref(V.ContactView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/customers/:id/contacts */
export const AdminCustomersIdContactsPost = ref(V.ContactView);

/** GET /api/v1/admin/contracts */
export const AdminContractsGet = Obj({ items: Type.Array(ref(V.ContractView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/contracts */
export const AdminContractsPost = ref(V.ContractView);

/** GET /api/v1/admin/customers */
export const AdminCustomersGet = Obj({ items: Type.Array(ref(V.CustomerView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/customers */
export const AdminCustomersPost = ref(V.CustomerView);

/** GET /api/v1/admin/customers/:id/ical-feed */
export const AdminCustomersIdIcalFeedGet = ref(V.IcalFeedStatus);

/** DELETE /api/v1/admin/customers/:id/ical-feed */
export const AdminCustomersIdIcalFeedDelete = Obj({ revoked: Type.Literal(true) });

/** GET /api/v1/admin/maintenance-types */
export const AdminMaintenanceTypesGet = Obj({ items: Type.Array(ref(V.MaintenanceTypeView)) });

/** POST /api/v1/admin/maintenance-types */
export const AdminMaintenanceTypesPost = ref(V.MaintenanceTypeView);

/** GET /api/v1/admin/maintenance */
export const AdminMaintenanceGet = Obj({ items: Type.Array(ref(V.MaintenanceView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/maintenance */
export const AdminMaintenancePost = ref(V.MaintenanceView);

/** GET /api/v1/admin/plans */
export const AdminPlansGet = Obj({ items: Type.Array(ref(V.PlanView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/plans */
export const AdminPlansPost = Obj({ plan: ref(V.PlanView), version: ref(V.PlanVersionView) });

/** GET /api/v1/admin/severities */
export const AdminSeveritiesGet = Obj({ items: Type.Array(ref(V.SeverityView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/admin/severities */
export const AdminSeveritiesPost = ref(V.SeverityView);
