import { describe, expect, it } from 'vitest';
import { aligned, parseAuthenticationResults, senderVerdict } from './sender-auth.js';

const MX = 'mx.vendor.test';

describe('sender authentication from Authentication-Results (RFC 8601)', () => {
  it('parses the authserv-id, methods, results and properties, ignoring comments', () => {
    expect(parseAuthenticationResults('mx.Vendor.test 1; dkim=pass (good sig) header.d=Customer.test header.s=s1; spf=softfail smtp.mailfrom="a@b.test"; dmarc=pass (p=REJECT) header.from=customer.test')).toEqual({
      authservId: 'mx.vendor.test',
      results: [
        { method: 'dkim', result: 'pass', props: { 'header.d': 'customer.test', 'header.s': 's1' } },
        { method: 'spf', result: 'softfail', props: { 'smtp.mailfrom': 'a@b.test' } },
        { method: 'dmarc', result: 'pass', props: { 'header.from': 'customer.test' } },
      ],
    });
    expect(parseAuthenticationResults('mx.vendor.test; none')).toEqual({ authservId: 'mx.vendor.test', results: [] });
  });

  it('passes on DMARC, or on DKIM or SPF aligned with From', () => {
    const from = 'lucia@mail.customer.test';
    expect(senderVerdict([`${MX}; dmarc=pass header.from=mail.customer.test`], MX, from).verdict).toBe('pass');
    expect(senderVerdict([`${MX}; dkim=pass header.d=customer.test`], MX, from).verdict).toBe('pass');
    expect(senderVerdict([`${MX}; spf=pass smtp.mailfrom=bounces@mail.customer.test`], MX, from).verdict).toBe('pass');
    expect(senderVerdict([`${MX}; dkim=pass header.d=mailer.example; spf=pass smtp.mailfrom=x@mailer.example`], MX, from)).toEqual({ verdict: 'fail', results: 'dkim=pass spf=pass' });
    expect(senderVerdict([`${MX}; dkim=pass header.d=customer.test; dmarc=fail header.from=mail.customer.test`], MX, from).verdict).toBe('fail');
  });

  it('counts only the trusted server: a header added by the sender is ignored', () => {
    const forged = 'mx.vendor.test.evil.example; dmarc=pass header.from=customer.test';
    expect(senderVerdict([forged], MX, 'lucia@customer.test')).toEqual({ verdict: 'none', results: '' });
    expect(senderVerdict([forged, `${MX}; spf=fail smtp.mailfrom=lucia@customer.test`], MX, 'lucia@customer.test')).toEqual({ verdict: 'fail', results: 'spf=fail' });
    expect(senderVerdict([], MX, 'lucia@customer.test').verdict).toBe('none');
  });

  it('aligns equal domains and subdomains only', () => {
    expect(aligned('customer.test', 'customer.test')).toBe(true);
    expect(aligned('mail.customer.test', 'customer.test')).toBe(true);
    expect(aligned('customer.test', 'evilcustomer.test')).toBe(false);
    expect(aligned('', 'customer.test')).toBe(false);
  });
});
