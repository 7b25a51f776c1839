import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Type } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';

interface Operation {
  responses?: Record<string, unknown>;
}
type Doc = { paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Operations that do not yet declare their success response (issue 15 item 7 in progress).
 * The list only shrinks: a route given its schema must leave it (the test below says so).
 */
const PENDING = new Set<string>([
  'GET /healthz',
  'GET /readyz',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/confirm-email',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/me',
  'POST /api/v1/me/password',
  'PATCH /api/v1/me',
  'GET /api/v1/me/tokens',
  'POST /api/v1/me/tokens',
  'GET /api/v1/admin/api-token-settings',
  'PATCH /api/v1/admin/api-token-settings',
  'POST /api/v1/me/tokens/{id}/revoke',
  'GET /api/v1/admin/users',
  'POST /api/v1/admin/users',
  'GET /api/v1/admin/users/{id}',
  'PATCH /api/v1/admin/users/{id}',
  'POST /api/v1/admin/users/{id}/archive',
  'GET /api/v1/admin/calendars',
  'POST /api/v1/admin/calendars',
  'GET /api/v1/admin/calendars/{id}',
  'PATCH /api/v1/admin/calendars/{id}',
  'POST /api/v1/admin/calendars/{id}/archive',
  'GET /api/v1/admin/calendars/{id}/versions',
  'POST /api/v1/admin/calendars/{id}/versions',
  'GET /api/v1/admin/calendars/{id}/versions/{version}',
  'GET /api/v1/admin/calendars/{id}/version-in-force',
  'GET /api/v1/admin/calendars/{id}/versions/{version}/holidays',
  'GET /api/v1/admin/severities',
  'POST /api/v1/admin/severities',
  'GET /api/v1/admin/severities/{code}',
  'PATCH /api/v1/admin/severities/{code}',
  'POST /api/v1/admin/severities/{code}/archive',
  'GET /api/v1/admin/plans',
  'POST /api/v1/admin/plans',
  'GET /api/v1/admin/plans/{id}',
  'PATCH /api/v1/admin/plans/{id}',
  'POST /api/v1/admin/plans/{id}/archive',
  'GET /api/v1/admin/plans/{id}/versions',
  'POST /api/v1/admin/plans/{id}/versions',
  'GET /api/v1/admin/plans/{id}/versions/{version}',
  'GET /api/v1/admin/plans/{id}/version-in-force',
  'GET /api/v1/admin/customers',
  'POST /api/v1/admin/customers',
  'GET /api/v1/admin/customers/{id}',
  'PATCH /api/v1/admin/customers/{id}',
  'POST /api/v1/admin/customers/{id}/archive',
  'GET /api/v1/admin/customers/{id}/contacts',
  'POST /api/v1/admin/customers/{id}/contacts',
  'GET /api/v1/admin/customers/{id}/contacts/{contactId}',
  'PATCH /api/v1/admin/customers/{id}/contacts/{contactId}',
  'POST /api/v1/admin/customers/{id}/contacts/{contactId}/confirmation',
  'POST /api/v1/admin/customers/{id}/contacts/{contactId}/archive',
  'GET /api/v1/admin/contracts',
  'POST /api/v1/admin/contracts',
  'GET /api/v1/admin/contracts/{id}',
  'PATCH /api/v1/admin/contracts/{id}',
  'POST /api/v1/admin/contracts/{id}/archive',
  'GET /api/v1/admin/presets',
  'POST /api/v1/admin/presets/{name}/import',
  'GET /api/v1/portal/contacts',
  'POST /api/v1/portal/contacts',
  'GET /api/v1/agent/tickets/{id}',
  'POST /api/v1/agent/tickets/{id}/replies',
  'POST /api/v1/agent/tickets/{id}/notes',
  'POST /api/v1/agent/tickets/{id}/status',
  'POST /api/v1/agent/tickets/{id}/severity',
  'POST /api/v1/agent/tickets/{id}/category',
  'POST /api/v1/agent/tickets/{id}/assignee',
  'POST /api/v1/agent/tickets/{id}/development-task',
  'POST /api/v1/agent/tickets/{id}/vendor-control',
  'POST /api/v1/agent/tickets/{id}/commitment',
  'POST /api/v1/agent/tickets/{id}/estimate',
  'POST /api/v1/agent/tickets/{id}/attachments',
  'GET /api/v1/agent/tickets/{id}/attachments/{attachmentId}',
  'POST /api/v1/agent/tickets/phone',
  'GET /api/v1/agent/unentitled-requests',
  'POST /api/v1/agent/unentitled-requests/{id}/convert',
  'POST /api/v1/agent/unentitled-requests/{id}/dismiss',
  'GET /api/v1/agent/customers/{id}/allowance',
  'POST /api/v1/admin/contracts/{id}/bundles',
  'POST /api/v1/sla/preview',
  'GET /api/v1/admin/mail/outbox',
  'GET /api/v1/admin/mail/outbox/{id}',
  'POST /api/v1/admin/mail/outbox/{id}/retry',
  'GET /api/v1/admin/mail/inbound',
  'GET /api/v1/admin/mail/inbound/{id}',
  'GET /api/v1/admin/mail/settings',
  'GET /api/v1/admin/worker/quarantine',
  'POST /api/v1/admin/worker/quarantine/release',
  'GET /api/v1/agent/tickets/{id}/chargeability',
  'GET /api/v1/agent/tickets/{id}/estimates',
  'POST /api/v1/agent/tickets/{id}/estimates',
  'PUT /api/v1/agent/tickets/{id}/estimates/{estimateId}',
  'POST /api/v1/agent/tickets/{id}/estimates/{estimateId}/send',
  'POST /api/v1/agent/tickets/{id}/estimates/{estimateId}/phases/{phaseId}/hand-over',
  'GET /api/v1/agent/tickets/{id}/time-entries',
  'POST /api/v1/agent/tickets/{id}/time-entries',
  'DELETE /api/v1/agent/tickets/{id}/time-entries/{entryId}',
  'GET /api/v1/agent/time-entries',
  'GET /api/v1/admin/billing/settings',
  'PATCH /api/v1/admin/billing/settings',
  'GET /api/v1/admin/contracts/{id}/billing-terms',
  'PATCH /api/v1/admin/contracts/{id}/billing-terms',
  'GET /api/v1/admin/tariffs',
  'POST /api/v1/admin/tariffs',
  'GET /api/v1/admin/inflation-rates',
  'PUT /api/v1/admin/inflation-rates/{year}',
  'GET /api/v1/admin/billing/activation-preview',
  'GET /api/v1/admin/contracts/{id}/charges',
  'POST /api/v1/admin/contracts/{id}/activation',
  'POST /api/v1/admin/contracts/{id}/retroactive-activation',
  'POST /api/v1/admin/contracts/{id}/basis-change',
  'POST /api/v1/admin/contracts/{id}/yearly-increase',
  'POST /api/v1/admin/contracts/{id}/charges/{chargeId}/cancel',
  'POST /api/v1/admin/billing/renewals',
  'GET /api/v1/admin/invoices',
  'POST /api/v1/admin/invoices',
  'GET /api/v1/admin/invoices/{id}',
  'DELETE /api/v1/admin/invoices/{id}',
  'POST /api/v1/admin/invoices/{id}/issue',
  'POST /api/v1/admin/invoices/{id}/credit-note',
  'GET /api/v1/admin/invoices/{id}/pdf',
  'GET /api/v1/admin/invoices/{id}/csv',
  'GET /api/v1/admin/version-schemes',
  'POST /api/v1/admin/version-schemes',
  'GET /api/v1/admin/version-schemes/{code}',
  'POST /api/v1/admin/version-schemes/{code}/check',
  'GET /api/v1/admin/products',
  'POST /api/v1/admin/products',
  'GET /api/v1/admin/products/{id}',
  'PATCH /api/v1/admin/products/{id}',
  'POST /api/v1/admin/products/{id}/archive',
  'GET /api/v1/admin/products/{id}/installations',
  'GET /api/v1/admin/customers/{id}/installed-versions',
  'PUT /api/v1/admin/customers/{id}/installed-versions/{productId}',
  'DELETE /api/v1/admin/customers/{id}/installed-versions/{productId}',
  'GET /api/v1/admin/upgrade-rights',
  'GET /api/v1/admin/product-presets',
  'POST /api/v1/admin/product-presets/{name}/import',
  'GET /api/v1/admin/releases',
  'POST /api/v1/admin/releases',
  'GET /api/v1/admin/releases/{id}',
  'PATCH /api/v1/admin/releases/{id}',
  'POST /api/v1/admin/releases/{id}/publish',
  'GET /api/v1/admin/maintenance-types',
  'POST /api/v1/admin/maintenance-types',
  'GET /api/v1/admin/maintenance-types/{id}',
  'PATCH /api/v1/admin/maintenance-types/{id}',
  'POST /api/v1/admin/maintenance-types/{id}/archive',
  'POST /api/v1/admin/maintenance/preview',
  'GET /api/v1/admin/maintenance',
  'POST /api/v1/admin/maintenance',
  'GET /api/v1/admin/maintenance/{id}',
  'PATCH /api/v1/admin/maintenance/{id}',
  'POST /api/v1/admin/maintenance/{id}/cancel',
  'GET /api/v1/admin/customers/{id}/ical-feed',
  'DELETE /api/v1/admin/customers/{id}/ical-feed',
  'POST /api/v1/admin/customers/{id}/ical-feed/rotate',
  'GET /api/v1/admin/announcements',
  'POST /api/v1/admin/announcements',
  'GET /api/v1/admin/announcements/{id}',
  'POST /api/v1/admin/announcements/{id}/cancel',
]);

describe('API contract (issue 15 item 7)', () => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  }, 60_000);
  afterAll(async () => t?.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([m]) => METHODS.includes(m))
        .map(([m, op]) => ({ id: `${m.toUpperCase()} ${path}`, statuses: Object.keys(op.responses ?? {}) })),
    );

  it('is a valid OpenAPI 3 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('gives every operation the shared Error for 4XX and 5XX', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(150);
    expect(ops.filter((o) => !o.statuses.includes('4XX') || !o.statuses.includes('5XX')).map((o) => o.id)).toEqual([]);
  });

  it('gives every operation its success response', () => {
    const missing = operations().filter((o) => !o.statuses.some((s) => /^[23]/.test(s))).map((o) => o.id);
    expect(missing.filter((id) => !PENDING.has(id))).toEqual([]);
    expect([...PENDING].filter((id) => !missing.includes(id)), 'done: remove from PENDING').toEqual([]);
  });

  it('documents POST /portal/tickets as 201, as it answers', () => {
    expect(Object.keys(doc.paths['/api/v1/portal/tickets']!.post!.responses ?? {})).toContain('201');
  });
});

describe('response validation (tests and development)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', {}, (app) => {
      const access = { access: 'public' } as const;
      const schema = { response: { 200: Type.Object({ id: Type.String() }, { additionalProperties: false }) } };
      app.get('/test/contract/kept', { config: access, schema }, async () => ({ id: 'a' }));
      app.get('/test/contract/extra', { config: access, schema }, async () => ({ id: 'a', secret: 's' }) as { id: string });
      app.get('/test/contract/wrong-type', { config: access, schema }, async () => ({ id: 1 }) as unknown as { id: string });
      app.get('/test/contract/undeclared-status', { config: access, schema }, async (_req, reply) => reply.status(201 as 200).send({ id: 'a' }));
    });
  }, 60_000);
  afterAll(async () => t?.close());

  it('passes an answer its schema describes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/test/contract/kept' });
    expect([res.statusCode, res.json()]).toEqual([200, { id: 'a' }]);
  });

  it.each([
    ['extra', /must NOT have additional properties/],
    ['wrong-type', /must be string/],
    ['undeclared-status', /answered 201, which its schema does not declare/],
  ])('fails a route answering outside its schema: %s', async (name, problem) => {
    const res = await t.app.inject({ method: 'GET', url: `/test/contract/${name}` });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.message).toMatch(problem);
  });
});

describe('openapi.json', () => {
  it('is the document the routes declare (regenerate it with `npm run openapi`)', async () => {
    const t = await createTestApp('pglite');
    try {
      const doc: unknown = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'))).toEqual(doc);
    } finally {
      await t.close();
    }
  }, 60_000);
});
