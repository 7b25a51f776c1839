import { describe, expect, it } from 'vitest';
import { classifyAutomated, headerMap } from './automated.js';

const h = (lines: Record<string, string>) => headerMap(Object.entries(lines).map(([key, v]) => ({ key: key.toLowerCase(), line: `${key}: ${v}` })));

describe('RFC 3834 automated mail', () => {
  it.each([
    [{ 'Auto-Submitted': 'auto-replied' }, 'auto_reply'],
    [{ 'Auto-Submitted': 'auto-generated; owner-email="x@y"' }, 'auto_reply'],
    [{ Precedence: 'bulk' }, 'auto_reply'],
    [{ Precedence: 'junk' }, 'auto_reply'],
    [{ Precedence: 'list' }, 'auto_reply'],
    [{ Precedence: 'auto_reply' }, 'auto_reply'],
    [{ 'X-Autoreply': 'yes' }, 'auto_reply'],
    [{ 'X-Autorespond': 'vacation' }, 'auto_reply'],
    [{ 'Return-Path': '<>' }, 'bounce'],
    [{ 'Return-Path': '<MAILER-DAEMON@mx.test>' }, 'bounce'],
    [{ From: 'Mail Delivery System <MAILER-DAEMON@mx.test>' }, 'bounce'],
    [{ From: 'postmaster@mx.test' }, 'bounce'],
    [{ 'Content-Type': 'multipart/report; report-type=delivery-status; boundary="x"' }, 'bounce'],
  ])('%o is %s', (headers, kind) => {
    expect(classifyAutomated(h(headers))?.kind).toBe(kind);
  });

  it.each([[{ 'Auto-Submitted': 'no' }], [{ Precedence: 'first-class' }], [{ From: 'daemon-fan@customer.test' }], [{ 'Return-Path': '<person@customer.test>' }], [{}]])('%o is a person', (headers) => {
    expect(classifyAutomated(h(headers))).toBeNull();
  });

  it('the SMTP envelope wins over headers: a null MAIL FROM is a bounce', () => {
    expect(classifyAutomated(h({}), '')?.kind).toBe('bounce');
    expect(classifyAutomated(h({ 'Return-Path': '<>' }), 'person@customer.test')).toBeNull();
  });

  it('unfolds continuation lines', () => {
    expect(headerMap([{ key: 'subject', line: 'Subject: one\r\n two' }]).subject).toEqual(['one two']);
  });
});
