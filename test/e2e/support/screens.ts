import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, PHONE, rawKeysOnPage, signIn, type Viewport } from './browser.js';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './e2e-server.js';

interface Shot {
  name: string;
  path: string | ((ids: Ids) => string);
  lang: 'en' | 'es' | 'el';
  as: 'admin' | 'contact' | 'anonymous';
  /** Text to wait for before the picture, so it shows data, not a spinner. */
  waitFor?: string;
}

interface Ids {
  customerId: string;
  planId: string;
  calendarId: string;
  /** A Spanish customer's ticket with a conversation (agent and support center views). */
  ticketId: string;
  /** A product with releases, installations, maintenance and an announcement (issue 8). */
  productId?: string;
}

const SHOTS: Shot[] = [
  { name: 'sign-in', path: '/sign-in', lang: 'en', as: 'anonymous' },
  { name: 'sign-in', path: '/sign-in', lang: 'el', as: 'anonymous' },
  { name: 'queue', path: '/console/queue', lang: 'en', as: 'admin', waitFor: '[data-testid=queue-row]' },
  { name: 'queue', path: '/console/queue', lang: 'el', as: 'admin', waitFor: '[data-testid=queue-row]' },
  { name: 'ticket', path: (i) => `/console/tickets/${i.ticketId}`, lang: 'en', as: 'admin', waitFor: '[data-testid=clock-state]' },
  { name: 'ticket', path: (i) => `/console/tickets/${i.ticketId}`, lang: 'es', as: 'admin', waitFor: '[data-testid=clock-state]' },
  { name: 'phone-ticket', path: '/console/phone', lang: 'en', as: 'admin' },
  { name: 'kept-requests', path: '/console/requests', lang: 'en', as: 'admin', waitFor: '[data-testid=unentitled-request]' },
  { name: 'users', path: '/admin/users', lang: 'en', as: 'admin', waitFor: '[data-testid=user-row]' },
  { name: 'customers', path: '/admin/customers', lang: 'en', as: 'admin', waitFor: 'table' },
  { name: 'customer', path: (i) => `/admin/customers/${i.customerId}`, lang: 'es', as: 'admin', waitFor: '[data-testid=contact-row]' },
  { name: 'contracts', path: '/admin/contracts', lang: 'en', as: 'admin', waitFor: '[data-testid=contract-row]' },
  { name: 'plans', path: '/admin/plans', lang: 'en', as: 'admin', waitFor: '[data-testid=plan-matrix]' },
  { name: 'plan', path: (i) => `/admin/plans/${i.planId}`, lang: 'en', as: 'admin', waitFor: '[data-testid=sla-grid]' },
  { name: 'plan', path: (i) => `/admin/plans/${i.planId}`, lang: 'el', as: 'admin', waitFor: '[data-testid=sla-grid]' },
  { name: 'calendar', path: (i) => `/admin/calendars/${i.calendarId}`, lang: 'en', as: 'admin', waitFor: 'table' },
  { name: 'severities', path: '/admin/severities', lang: 'es', as: 'admin', waitFor: 'table' },
  { name: 'presets', path: '/admin/presets', lang: 'en', as: 'admin', waitFor: '[data-testid=preset]' },
  { name: 'api-tokens', path: '/account/tokens', lang: 'en', as: 'admin' },
  { name: 'support-overview', path: '/support/overview', lang: 'en', as: 'contact', waitFor: '[data-testid=portal-contract]' },
  { name: 'support-overview', path: '/support/overview', lang: 'es', as: 'contact', waitFor: '[data-testid=portal-contract]' },
  { name: 'support-contacts', path: '/support/contacts', lang: 'el', as: 'contact', waitFor: '[data-testid=contact-row]' },
  { name: 'support-tickets', path: '/support/tickets', lang: 'en', as: 'contact', waitFor: '[data-testid=ticket-row]' },
  { name: 'support-tickets', path: '/support/tickets', lang: 'el', as: 'contact', waitFor: '[data-testid=ticket-row]' },
  { name: 'support-ticket', path: (i) => `/support/tickets/${i.ticketId}`, lang: 'es', as: 'contact', waitFor: '[data-testid=conversation]' },
  { name: 'support-new-ticket', path: '/support/tickets/new', lang: 'el', as: 'contact', waitFor: '[data-testid=severity-option]' },
  { name: 'support-new-ticket', path: '/support/tickets/new', lang: 'en', as: 'contact', waitFor: '[data-testid=severity-option]' },
  { name: 'support-held', path: '/support/held', lang: 'es', as: 'contact' },
  { name: 'ticket', path: (i) => `/console/tickets/${i.ticketId}`, lang: 'el', as: 'admin', waitFor: '[data-testid=chargeability]' },
  { name: 'tariffs', path: '/admin/tariffs', lang: 'es', as: 'admin', waitFor: 'form' },
  { name: 'tariffs', path: '/admin/tariffs', lang: 'el', as: 'admin', waitFor: 'form' },
  { name: 'renewals', path: '/admin/renewals', lang: 'el', as: 'admin', waitFor: '[data-testid=renewal-row]' },
  { name: 'invoices', path: '/admin/invoices', lang: 'es', as: 'admin' },
  { name: 'maintenance', path: '/admin/maintenance', lang: 'en', as: 'admin', waitFor: '[data-testid=maintenance-row]' },
  { name: 'maintenance', path: '/admin/maintenance', lang: 'el', as: 'admin', waitFor: '[data-testid=maintenance-row]' },
  { name: 'releases', path: '/admin/releases', lang: 'en', as: 'admin', waitFor: '[data-testid=release-row]' },
  { name: 'releases', path: '/admin/releases', lang: 'es', as: 'admin', waitFor: '[data-testid=release-row]' },
  { name: 'products', path: '/admin/products', lang: 'el', as: 'admin', waitFor: '[data-testid=product-row]' },
  { name: 'product', path: (i) => `/admin/products/${i.productId ?? ''}`, lang: 'en', as: 'admin', waitFor: '[data-testid=installation-row]' },
  { name: 'announcements', path: '/admin/announcements', lang: 'es', as: 'admin', waitFor: 'table' },
  { name: 'mail', path: '/admin/mail', lang: 'en', as: 'admin', waitFor: '[data-testid=outbox-row]' },
  { name: 'support-updates', path: '/support/updates', lang: 'es', as: 'contact', waitFor: '[data-testid=portal-maintenance]' },
  { name: 'support-updates', path: '/support/updates', lang: 'el', as: 'contact', waitFor: '[data-testid=portal-maintenance]' },
];

/** Demo data when the demo loader exists (catalogue issue); otherwise the screens show their empty states. */
type Account = { email: string; password: string; customer: string };

type Person = { id: string; email: string; name: string };

/** A few tickets in both demo customers: new, answered, waiting for the customer, with a note; and a kept request. */
async function seedTickets(server: E2eServer, admin: Person, offered: (customerCode: string) => Promise<string[]>): Promise<string> {
  const { registerTicket } = await import('../../../src/usecases/tickets/register-ticket.js');
  const { replyToTicket } = await import('../../../src/usecases/tickets/reply-to-ticket.js');
  const { addTicketNote } = await import('../../../src/usecases/tickets/add-ticket-note.js');
  const { findContactRowByEmail } = await import('../../../src/storage/contacts.queries.js');
  const staff = { kind: 'user' as const, id: admin.id, role: 'admin' as const, name: admin.name, email: admin.email, locale: 'en', timeZone: 'Europe/Madrid' };
  const contact = async (email: string) => {
    const c = (await findContactRowByEmail(server.deps.db, email))!;
    return { kind: 'contact' as const, id: c.id, customerId: c.customerId, isAuthorized: c.isAuthorized, isAdministrator: c.isAdministrator, name: c.name, email: c.email, locale: c.locale, timeZone: c.timeZone };
  };
  const file = async (email: string, subject: string, text: string, pick: (codes: string[]) => string, code: string) => {
    const actor = await contact(email);
    const r = await registerTicket(server.deps, { actor, channel: 'portal', requesterId: actor.id, subject, body: { text }, severity: pick(await offered(code)) });
    if (r.kind !== 'registered') throw new Error(`demo ticket refused: ${r.code}`);
    return { id: r.ticket.id, actor };
  };
  // Lived in over the last working day: each step a little later, then back to the real time (sessions need it).
  const realNow = server.clock.now();
  server.clock.set(new Date(realNow.getTime() - 40 * 3600_000));
  const later = (minutes: number) => server.clock.advance(minutes * 60_000);
  const first = (c: string[]) => c[0]!;
  const last = (c: string[]) => c[c.length - 1]!;
  const middle = (c: string[]) => c[Math.min(1, c.length - 1)]!;
  const main = await file(
    'lucia.garcia@ibericos.example',
    'La exportación a PDF falla en expedientes de más de 200 documentos',
    'Desde la actualización del viernes, al exportar a PDF un expediente grande la descarga se queda al 90 % y termina con un error 504.\n\nAfecta a todo el departamento de contratación.',
    middle,
    'ibericos',
  );
  later(45);
  await replyToTicket(server.deps, { actor: staff, ticketId: main.id, body: { text: 'Hola Lucía: lo estamos reproduciendo. ¿Nos puede indicar el identificador de uno de los expedientes afectados?' }, status: 'pending' });
  later(85);
  await replyToTicket(server.deps, { actor: main.actor, ticketId: main.id, body: { text: 'Claro: EXP-2026-00417. Gracias.' } });
  later(20);
  await addTicketNote(server.deps, { actor: staff, ticketId: main.id, body: { text: 'Reproducido en preproducción: el temporizador del proxy corta a los 60 s. Revisar con sistemas.' } });
  later(30);
  const waiting = await file('pablo.martin@ibericos.example', 'Duda sobre los permisos de la carpeta de auditoría', '¿Qué rol necesita un auditor externo para leer sin poder descargar?', last, 'ibericos');
  later(20);
  await replyToTicket(server.deps, { actor: staff, ticketId: waiting.id, body: { text: 'Le proponemos el rol «Lector restringido». ¿Le sirve?' }, status: 'pending' });
  later(200);
  await file('elena.ruiz@ibericos.example', 'No se puede iniciar sesión con el certificado digital', 'Ningún usuario puede entrar con certificado desde esta mañana.', first, 'ibericos');
  later(15);
  await file('maria.papadopoulou@kykladika.example', 'Η αναζήτηση στο αρχείο εκθεμάτων δεν επιστρέφει αποτελέσματα', 'Από χθες το απόγευμα η αναζήτηση με ελληνικούς χαρακτήρες δεν βρίσκει κανένα έκθεμα.', first, 'kykladika');
  later(10);
  const greek = await file('nikos.georgiou@kykladika.example', 'Ερώτηση για την εξαγωγή καταλόγου σε CSV', 'Μπορούμε να εξάγουμε τον κατάλογο με τις φωτογραφίες;', last, 'kykladika');
  later(25);
  await replyToTicket(server.deps, { actor: staff, ticketId: greek.id, body: { text: 'Ναι, από το μενού Εξαγωγή. Σας στέλνουμε οδηγίες.' } });
  // A request from someone who is not an authorized contact: kept for the agents.
  const compras = await contact('compras@ibericos.example');
  await registerTicket(server.deps, { actor: compras, channel: 'portal', requesterId: compras.id, subject: 'Presupuesto de licencias adicionales', body: { text: 'Necesitamos 15 licencias más para el nuevo equipo.' }, severity: last(await offered('ibericos')) });
  server.clock.set(realNow);
  return main.id;
}

/** Issue 8: the Athento presets, a product every demo customer runs, two published releases with notes in three languages, a shutdown and an announcement. */
async function seedProducts(server: E2eServer, admin: Person): Promise<string> {
  const { importProductsPreset } = await import('../../../src/usecases/maintenance/import-products-preset.js');
  const { createProduct } = await import('../../../src/usecases/products/create-product.js');
  const { setInstalledVersion } = await import('../../../src/usecases/products/installed-versions.js');
  const { createRelease } = await import('../../../src/usecases/releases/create-release.js');
  const { publishRelease } = await import('../../../src/usecases/releases/publish-release.js');
  const { scheduleMaintenance } = await import('../../../src/usecases/maintenance/schedule-maintenance.js');
  const { listMaintenanceTypes } = await import('../../../src/usecases/maintenance/list-maintenance-types.js');
  const { createAnnouncement } = await import('../../../src/usecases/announcements/create-announcement.js');
  const { listCustomers } = await import('../../../src/usecases/customers/list-customers.js');
  const actor = { kind: 'user' as const, id: admin.id, role: 'admin' as const, name: admin.name, email: admin.email, locale: 'en', timeZone: 'Europe/Madrid' };
  await importProductsPreset(server.deps, { actor, name: 'athento' });
  const product = await createProduct(server.deps, { actor, code: 'athento', name: 'Athento', kind: 'product', schemeCode: 'major-minor' });
  await createProduct(server.deps, { actor, code: 'athento-capture', name: 'Athento Capture', kind: 'module', parentId: product.id, schemeCode: 'major-minor' });
  const customers = (await listCustomers(server.deps, { limit: 50 } as Parameters<typeof listCustomers>[1])).items;
  for (const [i, c] of customers.entries()) await setInstalledVersion(server.deps, { actor, customerId: c.id, productId: product.id, version: i === 0 ? '3.8' : '4.11' });
  for (const [version, kind] of [['4.11', 'minor'], ['4.12', 'minor']] as const) {
    const r = await createRelease(server.deps, {
      actor,
      productId: product.id,
      version,
      kind,
      notes: {
        en: `## What's new in ${version}\n\n- Faster full-text search\n- Document previews for **TIFF** files`,
        es: `## Novedades de la ${version}\n\n- Búsqueda de texto completo más rápida\n- Vista previa de documentos **TIFF**`,
        el: `## Τι νέο υπάρχει στην ${version}\n\n- Ταχύτερη αναζήτηση πλήρους κειμένου\n- Προεπισκόπηση εγγράφων **TIFF**`,
      },
    });
    await publishRelease(server.deps, { actor, id: r.id });
  }
  const types = (await listMaintenanceTypes(server.deps, { actor })).items;
  const shutdown = types.find((x) => x.code === 'scheduled-maintenance')!;
  await scheduleMaintenance(server.deps, {
    actor,
    typeId: shutdown.id,
    titles: { en: 'Database server upgrade', es: 'Actualización del servidor de base de datos', el: 'Αναβάθμιση διακομιστή βάσης δεδομένων' },
    descriptions: { en: 'The service is unavailable during the window.', es: 'El servicio no estará disponible durante la ventana.', el: 'Η υπηρεσία δεν θα είναι διαθέσιμη κατά το παράθυρο.' },
    // 22:00 in Madrid, 20 days ahead (a shutdown outside office hours).
    startsAt: new Date(Math.floor(server.clock.now().getTime() / 86_400_000 + 20) * 86_400_000 + 21 * 3_600_000),
    audience: 'all',
  } as Parameters<typeof scheduleMaintenance>[1]);
  await createAnnouncement(server.deps, {
    actor,
    kind: 'sla',
    titles: { en: 'New support hours from January', es: 'Nuevo horario de soporte desde enero', el: 'Νέο ωράριο υποστήριξης από τον Ιανουάριο' },
    bodies: { en: 'Support opens at **08:00** from January.', es: 'El soporte abre a las **08:00** desde enero.', el: 'Η υποστήριξη ανοίγει στις **08:00** από τον Ιανουάριο.' },
    audience: 'all',
  } as Parameters<typeof createAnnouncement>[1]);
  return product.id;
}

async function seed(server: E2eServer, admin: Person): Promise<{ ids: Ids | null; contacts: Account[] }> {
  try {
    const { loadDemo } = await import('../../../src/usecases/demo/load-demo.js');
    const demo = await loadDemo(server.deps);
    const get = <T>(url: string, headers: Record<string, string>) => server.app.inject({ method: 'GET', url, headers }).then((r) => r.json() as T);
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@vendor.test', password: E2E_PASSWORD } });
    const headers = { cookie: `cd_session=${login.cookies.find((c) => c.name === 'cd_session')!.value}` };
    const customers = await get<{ items: { id: string }[] }>('/api/v1/admin/customers?limit=5', headers);
    const contracts = await get<{ items: { planId: string }[] }>(`/api/v1/admin/contracts?customerId=${customers.items[0]!.id}`, headers);
    const plan = await get<{ current: { terms: { calendarId: string } } }>(`/api/v1/admin/plans/${contracts.items[0]!.planId}`, headers);
    const offered = async (code: string) => {
      const all = await get<{ items: { id: string; code: string }[] }>('/api/v1/admin/customers?limit=50', headers);
      const c = all.items.find((x) => x.code === code)!;
      const cs = await get<{ items: { planId: string }[] }>(`/api/v1/admin/contracts?customerId=${c.id}`, headers);
      const p = await get<{ current: { terms: { targets: Record<string, unknown> } } }>(`/api/v1/admin/plans/${cs.items[0]!.planId}`, headers);
      const sev = await get<{ items: { code: string }[] }>('/api/v1/admin/severities?limit=200', headers);
      const keys = Object.keys(p.current.terms.targets);
      return sev.items.map((x) => x.code).filter((x) => keys.includes(x) || keys.includes('*'));
    };
    const ticketId = await seedTickets(server, admin, offered);
    const productId = await seedProducts(server, admin);
    return {
      ids: { customerId: customers.items[0]!.id, planId: contracts.items[0]!.planId, calendarId: plan.current.terms.calendarId, ticketId, productId },
      contacts: demo.portalAccounts,
    };
  } catch (err) {
    process.stdout.write(`screenshots: no demo data (${(err as Error).message}); screens show empty states\n`);
    return { ids: null, contacts: [] };
  }
}

async function capture(browser: Browser, server: E2eServer, shot: Shot, viewport: Viewport, ids: Ids | null, contact: { email: string; password: string } | null, outDir: string): Promise<string[]> {
  const needsIds = typeof shot.path === 'function';
  if ((needsIds && !ids) || (shot.as === 'contact' && !contact)) return [];
  const { page, context, problems } = await newPage(browser, { viewport, locale: shot.lang });
  try {
    await page.goto(`${server.url}/sign-in`);
    await page.evaluate((lang) => localStorage.setItem('coverdesk.language', lang), shot.lang);
    if (shot.as !== 'anonymous') {
      const who = shot.as === 'admin' ? { email: 'admin@vendor.test', password: E2E_PASSWORD } : contact!;
      await signIn(page, server.url, who.email, who.password);
      await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
      // The person's own language pick on this device wins over their account's locale.
      await page.evaluate(async (lang) => {
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { actor: { kind: string; id: string } };
        localStorage.setItem(`coverdesk.language.${me.actor.kind}:${me.actor.id}`, lang);
      }, shot.lang);
    }
    const path = typeof shot.path === 'function' ? shot.path(ids!) : shot.path;
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor();
    if (shot.waitFor) await page.locator(shot.waitFor).first().waitFor();
    await settle(page);
    const file = join(outDir, `${shot.name}-${shot.lang}-${viewport.width}x${viewport.height}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const raw = await rawKeysOnPage(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    return [
      `${file}`,
      ...raw.map((k) => `  untranslated key: ${k}`),
      ...(overflow > 0 ? [`  horizontal overflow: ${overflow}px`] : []),
      ...problems.map((p) => `  ${p}`),
    ];
  } finally {
    await context.close();
  }
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Starts the app on PGlite with the demo, signs in, and writes PNGs of the main screens at 1280×800 and 390×844. */
export async function takeScreenshots(outDir: string): Promise<{ files: number; problems: string[] }> {
  mkdirSync(outDir, { recursive: true });
  // Every picture signs in afresh from one address: lift the per-address sign-in limit.
  const server = await startE2eServer({ LOGIN_MAX_PER_ADDRESS: '10000' });
  const browser = await launchBrowser();
  const problems: string[] = [];
  let files = 0;
  try {
    const admin = await server.staff('admin', { email: 'admin@vendor.test', name: 'Alex Admin' });
    const { ids, contacts } = await seed(server, admin);
    // SCREENS=queue,ticket takes only those screens (quicker when working on one).
    const only = process.env.SCREENS?.split(',').filter(Boolean);
    for (const shot of SHOTS.filter((x) => !only?.length || only.includes(x.name))) {
      // Greek screens show the Greek demo customer's contact; the others the first account.
      const contact = (shot.lang === 'el' ? contacts.find((c) => /[\u0370-\u03ff]/.test(c.customer)) : undefined) ?? contacts[0] ?? null;
      for (const viewport of [DESKTOP, PHONE]) {
        const lines = await capture(browser, server, shot, viewport, ids, contact, outDir);
        if (lines.length) files++;
        for (const l of lines) process.stdout.write(`${l}\n`);
        problems.push(...lines.filter((l) => l.startsWith('  ')));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { files, problems };
}
