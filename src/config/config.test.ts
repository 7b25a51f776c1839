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

  // issue 15 item 8: zod gave way to TypeBox; these pin what the environment's strings turn into.
  it('reads numbers and the yes/no spellings from their strings', () => {
    const c = parseConfig({ PORT: '8080', WORKER_INTERVAL_SECONDS: '0.5', TRUST_PROXY: 'yes', COOKIE_SECURE: '0', SMTP_HOST: 'mx', SMTP_SECURE: '1', MAIL_FROM: 'a@b.example' });
    expect(c.port).toBe(8080);
    expect(c.workerIntervalMs).toBe(500);
    expect(c.trustProxy).toBe(true);
    expect(c.cookieSecure).toBe(false);
    expect(c.mail.smtp).toMatchObject({ host: 'mx', port: 465, secure: true });
    expect(parseConfig({}).trustProxy).toBe(false);
  });

  it('names each bad variable once, with a reason an operator can act on', () => {
    try {
      parseConfig({ PORT: '3000.5', TRUST_PROXY: 'maybe', SECRET_KEY: 'short', LOG_LEVEL: 'loud', ADMIN_EMAIL: 'nobody', ADMIN_PASSWORD: 'long-enough-password', MAIL_DELIVERY_BATCH: '501' });
      expect.unreachable();
    } catch (e) {
      const p = (e as ConfigError).problems;
      expect(p).toHaveLength(6);
      expect(p).toContain('SECRET_KEY: SECRET_KEY must be at least 32 characters');
      expect(p).toContain('TRUST_PROXY: must be one of true, 1, yes, false, 0, no');
      expect(p).toContain('LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent');
      expect(p).toContain('ADMIN_EMAIL: must be an email address');
      expect(p.find((x) => x.startsWith('PORT: '))).toMatch(/integer/);
      expect(p.find((x) => x.startsWith('MAIL_DELIVERY_BATCH: '))).toMatch(/500/);
    }
  });

  it('takes only URLs where a URL is asked for', () => {
    expect(() => parseConfig({ PUBLIC_URL: 'desk.example.com' })).toThrow(/PUBLIC_URL: must be a URL/);
    expect(parseConfig({ DATABASE_URL: 'postgres://u@db:5432/desk' }).databaseUrl).toBe('postgres://u@db:5432/desk');
  });
});
