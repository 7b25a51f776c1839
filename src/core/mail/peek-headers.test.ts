import { describe, expect, it } from 'vitest';
import { PEEK_BYTES, peekHeaders } from './peek-headers.js';

describe('peekHeaders (issue 13 item 2)', () => {
  it('reads From, Subject and Message-ID of the header block, unfolded', () => {
    const head = 'Received: by mx\r\nFrom: "Ann" <Ann@Customer.test>\r\nSubject: Server\r\n down\r\nMessage-ID: <abc@x.test>\r\n\r\nSubject: not a header\r\n';
    expect(peekHeaders(head)).toEqual({ from: 'ann@customer.test', subject: 'Server down', messageId: 'abc@x.test' });
  });

  it('gives empty values for a message with no header block it can read, and looks no further than PEEK_BYTES', () => {
    expect(peekHeaders('garbage')).toEqual({ from: '', subject: '', messageId: null });
    expect(peekHeaders(`X-Pad: ${'a'.repeat(PEEK_BYTES)}\r\nSubject: too far\r\n\r\n`).subject).toBe('');
  });
});
