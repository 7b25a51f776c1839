import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { DEMO_CONTACT_PASSWORD } from '../../../usecases/demo/demo-data.js';
import { loadDemo } from '../../../usecases/demo/load-demo.js';

/** What customers must never read: a rule id (R-B1, R-P10, …) or a path into the vendor's source documents. */
const INTERNAL = /\bR-[A-Z]+\d|seeds\//;

/**
 * Issue 12 item 13: rule ids stay out of customers' sight. The support center
 * showed an "R-B1" badge on a ticket because the portal API sent the rule id.
 * Every support-center GET, as each demo customer's contacts see it after a
 * ticket was filed and classified, must be free of rule ids and seed paths.
 */
describe.each(ENGINES)('the support center API speaks plain words on %s', (engine) => {
  let t: TestApp;
  let agent: AuthHeaders;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await loadDemo(t.deps);
    agent = await t.staff('agent');
  });
  afterAll(() => t.close());

  const get = async (url: string, who: AuthHeaders) => {
    const res = await t.app.inject({ method: 'GET', url, headers: who });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res;
  };

  it('regression: no portal response a contact reads carries a rule id (the R-B1 badge) or "seeds/"', async () => {
    for (const email of ['lucia.garcia@ibericos.example', 'maria.papadopoulou@kykladika.example']) {
      const contact = await t.login(email, DEMO_CONTACT_PASSWORD);
      const filed = await t.app.inject({ method: 'POST', url: '/api/v1/portal/tickets', headers: contact, payload: { subject: 'Viewer fails', body: 'The viewer shows a blank page.', severity: 'major' } });
      const severities = (await get('/api/v1/portal/severities', contact)).json();
      const ticket = filed.statusCode === 201 ? filed : await t.app.inject({
        method: 'POST', url: '/api/v1/portal/tickets', headers: contact,
        payload: { subject: 'Viewer fails', body: 'The viewer shows a blank page.', severity: (severities.items ?? severities)[0].code },
      });
      expect(ticket.statusCode, ticket.body).toBe(201);
      const id = ticket.json().id as string;
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/agent/tickets/${id}/category`, headers: agent, payload: { category: 'bug' } })).statusCode).toBeLessThan(300);
      const contracts = (await get('/api/v1/portal/contracts', contact)).json();
      const contractId = (Array.isArray(contracts) ? contracts : contracts.items)[0].id as string;
      const urls = [
        '/api/v1/portal/customer', '/api/v1/portal/contracts', `/api/v1/portal/contracts/${contractId}`, '/api/v1/portal/allowance', '/api/v1/portal/severities',
        '/api/v1/portal/tickets', `/api/v1/portal/tickets/${id}`, `/api/v1/portal/tickets/${id}/chargeability`, `/api/v1/portal/tickets/${id}/estimates`,
        '/api/v1/portal/held-requests', '/api/v1/portal/contacts', '/api/v1/portal/invoices', '/api/v1/portal/releases', '/api/v1/portal/installed-versions',
        '/api/v1/portal/maintenance', '/api/v1/portal/announcements',
      ];
      for (const url of urls) {
        const body = (await get(url, contact)).body;
        expect(body.match(INTERNAL), `${email} ${url}`).toBeNull();
      }
      // The bug really was classified: the customer is told why in words, without the id.
      expect((await get(`/api/v1/portal/tickets/${id}/chargeability`, contact)).json()).toMatchObject({ classified: true, ruleId: null });
    }
  });
});

describe('the support center\'s words', () => {
  it('regression: no UI string in en, es or el names a rule id or a seed path', () => {
    for (const lang of ['en', 'es', 'el']) {
      const strings: string[] = [];
      const walk = (v: unknown): void => {
        if (typeof v === 'string') strings.push(v);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(JSON.parse(readFileSync(new URL(`../../../web/i18n/${lang}.json`, import.meta.url), 'utf8')));
      expect(strings.filter((s) => INTERNAL.test(s)), lang).toEqual([]);
    }
  });
});
