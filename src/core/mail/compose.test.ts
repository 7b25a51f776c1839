import { describe, expect, it } from 'vitest';
import { composeOutbound, type OutboxRowLike } from './compose.js';
import { stripQuotedReply } from './quoted-reply.js';
import { classifySmtpError, describeSmtpError, isServerUnavailable, retryDelaySeconds } from './smtp-errors.js';

const identity = { from: { name: 'Support', address: 'support@desk.test' }, replyAddress: 'support+{token}@desk.test', messageIdDomain: 'desk.test' };
const row: OutboxRowLike = {
  id: '0b7c5d9e-1111-4222-8333-444455556666', toAddress: 'ann@customer.test', toName: 'Ann', subject: 'Hello', textBody: 't', htmlBody: '<p>t</p>',
  headers: { 'Auto-Submitted': 'auto-replied' }, ticketId: 'x',
};
const TOKEN = 'AbC_d-123456789012345678';

describe('composeOutbound', () => {
  it('threads ticket mail: Reply-To with the token, References to the opening mail and the thread root', () => {
    const m = composeOutbound(row, identity, { token: TOKEN, openingMessageId: 'orig@customer.test' });
    expect(m.messageId).toBe(`<cd.${row.id}.${TOKEN}@desk.test>`);
    expect(m.replyTo).toBe(`support+${TOKEN}@desk.test`);
    expect(m.inReplyTo).toBe('<orig@customer.test>');
    expect(m.references).toEqual(['<orig@customer.test>', `<cd.ticket.${TOKEN}@desk.test>`]);
    expect(m.headers).toEqual({ 'Auto-Submitted': 'auto-replied' });
    expect(m.envelope).toEqual({ from: 'support@desk.test', to: 'ann@customer.test' });
  });

  it('is the same on every call (a retry sends the same Message-ID)', () => {
    expect(composeOutbound(row, identity, null)).toEqual(composeOutbound(row, identity, null));
  });

  it('never lets a stored row set addressing or threading headers, nor CR/LF anywhere', () => {
    const m = composeOutbound(
      { ...row, subject: 'a\r\nBcc: x@y', toName: 'N\nX: y', headers: { 'Reply-To': 'evil@x', Bcc: 'v@x', 'X-Ok\r\n': 'v\r\nBcc: w@x' } },
      { ...identity, replyAddress: null },
      null,
    );
    expect(m.subject).toBe('a Bcc: x@y');
    expect(m.to).toBe('"N X: y" <ann@customer.test>');
    expect(m.headers).toEqual({ 'X-Ok': 'v Bcc: w@x' });
    expect(m.replyTo).toBeNull();
    expect(m.inReplyTo).toBeNull();
  });
});

describe('SMTP failures', () => {
  it('5xx is permanent; 4xx, network errors and rejected logins are temporary', () => {
    expect(classifySmtpError({ responseCode: 550 })).toBe('permanent');
    expect(classifySmtpError({ responseCode: 552 })).toBe('permanent');
    expect(classifySmtpError({ responseCode: 451 })).toBe('temporary');
    expect(classifySmtpError({ responseCode: 421 })).toBe('temporary');
    expect(classifySmtpError({ code: 'ECONNECTION' })).toBe('temporary');
    expect(classifySmtpError({ code: 'EAUTH', responseCode: 535 })).toBe('temporary');
    expect([{ code: 'ECONNECTION' }, { code: 'ETIMEDOUT' }, { responseCode: 421 }, { code: 'EAUTH' }].every(isServerUnavailable)).toBe(true);
    expect([{ responseCode: 451 }, { responseCode: 550 }, { code: 'EENVELOPE' }].some(isServerUnavailable)).toBe(false);
    expect(describeSmtpError({ code: 'EENVELOPE', response: '550 5.1.1 <x>: User unknown\r\n' })).toBe('EENVELOPE: 550 5.1.1 <x>: User unknown');
  });

  it('backs off exponentially from the base to the cap, with ±20 % jitter never past the cap', () => {
    const o = { baseSeconds: 60, capSeconds: 3600 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => retryDelaySeconds(a, o, () => 0.5))).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect(retryDelaySeconds(1, o, () => 0)).toBe(48);
    expect(retryDelaySeconds(1, o, () => 0.999999)).toBe(72);
    expect(retryDelaySeconds(40, o, () => 0.999999)).toBe(3600);
    expect(retryDelaySeconds(40, o, () => 0)).toBe(2880);
  });
});

describe('stripQuotedReply', () => {
  it.each([
    ['Thanks!\n\nOn Fri, 20 Nov 2026 at 10:00, Support <s@x> wrote:\n> old', 'Thanks!'],
    ['Gracias.\n\nEl vie, 20 nov 2026 a las 10:00, Soporte escribió:\n> viejo', 'Gracias.'],
    ['Ευχαριστώ.\n\nΣτις Παρ 20 Νοε 2026, η Υποστήριξη έγραψε:\n> παλιό', 'Ευχαριστώ.'],
    ['New text\n\n-----Original Message-----\nFrom: x', 'New text'],
    ['New text\n________________________________\nFrom: Support', 'New text'],
    ['Answer\n> quoted\n> more', 'Answer'],
    ['> only a quote', '> only a quote'],
    ['Plain text without quotes.', 'Plain text without quotes.'],
  ])('%j → %j', (input, out) => {
    expect(stripQuotedReply(input)).toBe(out);
  });
});
