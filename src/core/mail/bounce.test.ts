import { describe, expect, it } from 'vitest';
import { bouncedOutboxIds, readDeliveryReport } from './bounce.js';
import { outboundMessageId } from './reply-token.js';

const ROW = '0b6f2c1e-1111-4222-8333-444455556666';
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWx';

describe('bounces (RFC 3464 delivery status notifications)', () => {
  it('reads a failed recipient, its status and a folded diagnostic (Postfix)', () => {
    const r = readDeliveryReport(
      'Reporting-MTA: dns; mx.customer.test\n\nFinal-Recipient: rfc822; Gone@Customer.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <gone@customer.test>: Recipient address\n    rejected: User unknown\n',
    );
    expect(r).toEqual({ action: 'failed', recipient: 'gone@customer.test', status: '5.1.1', diagnostic: '550 5.1.1 <gone@customer.test>: Recipient address rejected: User unknown', permanent: true });
  });

  it('treats a delay as a report, not a bounce; a 5.x.x status without an action as permanent', () => {
    expect(readDeliveryReport('Final-Recipient: rfc822;a@b.test\r\nAction: delayed\r\nStatus: 4.4.7\r\n')).toMatchObject({ action: 'delayed', status: '4.4.7', permanent: false });
    expect(readDeliveryReport('Final-Recipient: rfc822;a@b.test\nStatus: 5.2.2 (mailbox full)\n')).toMatchObject({ action: null, status: '5.2.2', permanent: true });
    expect(readDeliveryReport('Your message could not be delivered.')).toEqual({ action: null, recipient: null, status: null, diagnostic: null, permanent: false });
  });

  it('finds only Message-IDs this desk made at its own domain, once each', () => {
    const ours = outboundMessageId(ROW, TOKEN, 'desk.test');
    const noTicket = outboundMessageId('1b6f2c1e-1111-4222-8333-444455556666', null, 'desk.test');
    const texts = [
      `Message-ID: <${ours}>\nReferences: <cd.ticket.${TOKEN}@desk.test>`,
      `The message ${ours}. was returned.`,
      `Message-ID: <${noTicket}>`,
      `Message-ID: <${outboundMessageId('2b6f2c1e-1111-4222-8333-444455556666', TOKEN, 'other.test')}>`,
    ];
    expect(bouncedOutboxIds(texts, 'DESK.test')).toEqual([
      { rowId: ROW, token: TOKEN },
      { rowId: '1b6f2c1e-1111-4222-8333-444455556666', token: null },
    ]);
  });
});
