import { describe, expect, it } from 'vitest';
import { normalizeAddress, normalizeMessageId, parseMessageIds, formatAddress, localeFromHeaders } from './addresses.js';
import { outboundMessageId, replyAddressFor, ticketNumberInSubject, ticketThreadId, tokenFromAddress, tokenFromMessageId } from './reply-token.js';

const TOKEN = 'AbC_d-123456789012345678';

describe('reply tokens', () => {
  it('round-trips through the reply address, case-insensitively on the fixed parts', () => {
    const a = replyAddressFor('support+{token}@desk.test', TOKEN);
    expect(a).toBe(`support+${TOKEN}@desk.test`);
    expect(tokenFromAddress('support+{token}@desk.test', a)).toBe(TOKEN);
    expect(tokenFromAddress('support+{token}@desk.test', `SUPPORT+${TOKEN}@DESK.TEST`)).toBe(TOKEN);
    expect(tokenFromAddress('support+{token}@desk.test', `support+${TOKEN}@evil.test`)).toBeNull();
    expect(tokenFromAddress('support+{token}@desk.test', 'support+short@desk.test')).toBeNull();
    expect(tokenFromAddress(null, a)).toBeNull();
    expect(tokenFromAddress('help.{token}@x.test', `helpX${TOKEN}@x.test`)).toBeNull();
  });

  it('rides in the Message-IDs Coverdesk makes, stable per outbox row', () => {
    const id = outboundMessageId('0b7c5d9e-1111-4222-8333-444455556666', TOKEN, 'desk.test');
    expect(id).toBe(outboundMessageId('0b7c5d9e-1111-4222-8333-444455556666', TOKEN, 'desk.test'));
    expect(tokenFromMessageId(id)).toBe(TOKEN);
    expect(tokenFromMessageId(ticketThreadId(TOKEN, 'desk.test'))).toBe(TOKEN);
    expect(tokenFromMessageId('CAF=abc@mail.gmail.com')).toBeNull();
    expect(tokenFromMessageId(outboundMessageId('0b7c5d9e-1111-4222-8333-444455556666', null, 'desk.test'))).toBeNull();
  });

  it('finds a ticket number in a subject (never enough to attach mail on its own)', () => {
    expect(ticketNumberInSubject('Re: [#1042] Printer')).toBe(1042);
    expect(ticketNumberInSubject('Ticket #77 again')).toBe(77);
    expect(ticketNumberInSubject('Issue 1042')).toBeNull();
    expect(ticketNumberInSubject('abc#12')).toBeNull();
  });
});

describe('addresses and Message-IDs', () => {
  it('normalizes', () => {
    expect(normalizeAddress(' <Ann@Customer.TEST> ')).toBe('ann@customer.test');
    expect(normalizeAddress('not an address')).toBe('');
    expect(parseMessageIds('<a@x> <b@y>\r\n <a@x>')).toEqual(['a@x', 'b@y']);
    expect(parseMessageIds(['<a@x>', '<c@z>'])).toEqual(['a@x', 'c@z']);
    expect(normalizeMessageId('<abc@x.test>')).toBe('abc@x.test');
    expect(normalizeMessageId('')).toBeNull();
  });

  it('formats a display name without CR/LF or quotes', () => {
    expect(formatAddress('Eve "x"\r\nBcc: v@e', 'eve@x.test')).toBe('"Eve x Bcc: v@e" <eve@x.test>');
    expect(formatAddress('', 'a@b.test')).toBe('a@b.test');
  });

  it('guesses a language from Content-Language', () => {
    expect(localeFromHeaders(['es-ES'])).toBe('es');
    expect(localeFromHeaders([undefined, 'el'])).toBe('el');
    expect(localeFromHeaders(['fr-FR'])).toBeNull();
  });
});
