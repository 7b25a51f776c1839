import { describe, expect, it } from 'vitest';
import type { Locale } from '../render.js';
import { acknowledgementTemplate } from './acknowledgement.js';
import { agentReplyTemplate } from './agent-reply.js';
import { refusalTemplate, type RefusalReason } from './refusal.js';

const LOCALES: Locale[] = ['en', 'es', 'el'];
const due = new Date('2026-11-24T11:00:00Z');

describe('acknowledgement (R-K1; never a first response, R-K4)', () => {
  it.each([
    ['en', 'Europe/Madrid', 'automatic message', 'It is not yet a response', 'Tuesday, 24 November 2026 at 12:00 CET'],
    ['es', 'Europe/Madrid', 'mensaje automático', 'Todavía no es una respuesta', 'martes, 24 de noviembre de 2026, 12:00 CET'],
    ['el', 'Europe/Athens', 'αυτόματο μήνυμα', 'Δεν είναι ακόμη απάντηση', '24 Νοεμβρίου 2026'],
  ] as const)('%s says it is automatic, gives the number and the due time in the contact zone', (locale, timeZone, auto, notResponse, when) => {
    const r = acknowledgementTemplate({ number: 1042, subject: 'Printer', recipientName: 'Ann', responseDueAt: due, indicative: false, url: null }, { locale, timeZone });
    expect(r.subject).toContain('[#1042]');
    expect(r.text).toContain(auto);
    expect(r.text).toContain(notResponse);
    expect(r.text).toContain('#1042');
    expect(r.text).toContain(when);
    expect(r.html).toContain('#1042');
  });

  it('says "aim" for an indicative target and omits the due time when none runs', () => {
    const ctx = { locale: 'en' as const, timeZone: 'UTC' };
    expect(acknowledgementTemplate({ number: 1, subject: 's', recipientName: 'A', responseDueAt: due, indicative: true, url: null }, ctx).text).toContain('We aim to');
    expect(acknowledgementTemplate({ number: 1, subject: 's', recipientName: 'A', responseDueAt: null, indicative: false, url: null }, ctx).text).not.toMatch(/due by|aim/);
  });

  it('keeps the subject on one line and escapes HTML', () => {
    const r = acknowledgementTemplate({ number: 1, subject: 'a\r\nBcc: x@y <b>', recipientName: '<i>Eve</i>', responseDueAt: null, indicative: false, url: null }, { locale: 'en', timeZone: 'UTC' });
    expect(r.subject).not.toMatch(/[\r\n]/);
    expect(r.html).not.toContain('<i>');
    expect(r.html).toContain('&lt;i&gt;Eve&lt;/i&gt;');
  });
});

describe('agent reply', () => {
  it.each(LOCALES)('%s carries the reply, the number and how to answer', (locale) => {
    const r = agentReplyTemplate({ number: 7, subject: 'Printer', recipientName: 'Ann', authorName: 'Bob', text: 'Restart it.\n\nThen tell us.', url: null }, { locale, timeZone: 'UTC' });
    expect(r.subject).toBe('[#7] Printer');
    expect(r.text).toContain('Restart it.\n\nThen tell us.');
    expect(r.text).toContain('#7');
    expect(r.text).toContain('Bob');
    expect(r.text).toMatch(/reply to this email|responde a este correo|απαντήστε σε αυτό το email/);
  });
});

describe('refusal (R-C2)', () => {
  const reasons: RefusalReason[] = ['UNKNOWN_SENDER', 'NOT_AUTHORIZED_CONTACT', 'CHANNEL_NOT_IN_PLAN', 'NO_ACTIVE_CONTRACT', 'ALLOWANCE_EXHAUSTED'];
  it.each(LOCALES.flatMap((l) => reasons.map((r) => [l, r] as const)))('%s %s explains why, what to do, and that the message is kept', (locale, reason) => {
    const r = refusalTemplate({ reason, subject: 'Help', address: 'x@unknown.test', recipientName: null }, { locale, timeZone: 'UTC' });
    expect(r.subject).toContain('Help');
    expect(r.text).toMatch({ en: /kept/, es: /guardado/, el: /διατηρηθεί/ }[locale]);
    expect(r.text).toMatch({ en: /automatic message/, es: /mensaje automático/, el: /αυτόματο μήνυμα/ }[locale]);
    const others = reasons.filter((x) => x !== reason).map((x) => refusalTemplate({ reason: x, subject: 'Help', address: 'x@unknown.test', recipientName: null }, { locale, timeZone: 'UTC' }).text);
    expect(others).not.toContain(r.text);
  });

  it('names the unknown address', () => {
    expect(refusalTemplate({ reason: 'UNKNOWN_SENDER', subject: 's', address: 'x@unknown.test', recipientName: null }, { locale: 'en', timeZone: 'UTC' }).text).toContain('x@unknown.test');
  });
});
