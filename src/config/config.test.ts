import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

describe('parseConfig', () => {
  it('gives embedded defaults on an empty environment', () => {
    const c = parseConfig({});
    expect(c.databaseUrl).toBeNull();
    expect(c.port).toBe(3000);
    expect(c.dataDir).toBe('./data');
    expect(c.cookieSecure).toBe(false);
  });

  it('lists every problem at once', () => {
    try {
      parseConfig({ PORT: 'abc', DATABASE_URL: 'not a url', ADMIN_EMAIL: 'x@example.com' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const p = (e as ConfigError).problems.join('\n');
      expect(p).toContain('PORT');
      expect(p).toContain('DATABASE_URL');
    }
  });

  it('requires both admin variables together', () => {
    expect(() => parseConfig({ ADMIN_EMAIL: 'a@example.com' })).toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
  });

  it('runs several HTTP processes only on PostgreSQL (SERVER_PROCESSES)', () => {
    expect(parseConfig({}).serverProcesses).toBe(1);
    expect(() => parseConfig({ SERVER_PROCESSES: '2' })).toThrow(/SERVER_PROCESSES: more than one HTTP process needs DATABASE_URL/);
    expect(parseConfig({ SERVER_PROCESSES: '2', DATABASE_URL: 'postgres://x@localhost/db' }).serverProcesses).toBe(2);
    expect(() => parseConfig({ SERVER_PROCESSES: '0', DATABASE_URL: 'postgres://x@localhost/db' })).toThrow(/SERVER_PROCESSES/);
  });

  it('checks inbound senders only when told whose Authentication-Results to trust (MAIL_AUTHSERV_ID)', () => {
    expect(parseConfig({}).mail.senderAuthservId).toBeNull();
    expect(parseConfig({ MAIL_AUTHSERV_ID: 'MX1.Vendor.example' }).mail.senderAuthservId).toBe('mx1.vendor.example');
    expect(() => parseConfig({ MAIL_AUTHSERV_ID: 'mx; dmarc=pass' })).toThrow(/MAIL_AUTHSERV_ID/);
  });

  it('requires SECRET_KEY in production on PostgreSQL', () => {
    expect(() => parseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@localhost/db' })).toThrow(/SECRET_KEY/);
  });

  it('turns on secure cookies for an https public URL', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://desk.example.com' }).cookieSecure).toBe(true);
  });
});
