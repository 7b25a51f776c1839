import { describe, expect, it } from 'vitest';
import { canDecideByMail, replyProof, senderStop } from './trust.js';

describe('who may act by mail (issue 13)', () => {
  it('a reply is proven by the token, or by an authenticated sender; a lead alone proves nothing', () => {
    expect(replyProof({ token: true, authenticated: false })).toBe('reply_token');
    expect(replyProof({ token: false, authenticated: true })).toBe('authenticated_participant');
    expect(replyProof({ token: false, authenticated: false })).toBeNull();
  });

  it('a decision needs the asking mail\'s token, the administrator AND an authenticated sender', () => {
    const all = { askingToken: true, administrator: true, authenticated: true };
    expect(canDecideByMail(all)).toBe(true);
    for (const k of Object.keys(all) as Array<keyof typeof all>) expect(canDecideByMail({ ...all, [k]: false })).toBe(false);
  });
});

describe('per-sender budgets of new tickets by mail (issue 14 item 5)', () => {
  const limits = { ticketsPerHour: 20, loopBurst: 5, acksPerHour: 5 };
  it('stops at the burst within the loop window, and at the hourly budget', () => {
    expect(senderStop({ lastWindow: 4, lastHour: 4 }, limits)).toBeNull();
    expect(senderStop({ lastWindow: 5, lastHour: 5 }, limits)).toBe('MAIL_LOOP_SUSPECTED');
    expect(senderStop({ lastWindow: 1, lastHour: 19 }, limits)).toBeNull();
    expect(senderStop({ lastWindow: 1, lastHour: 20 }, limits)).toBe('SENDER_TICKET_BUDGET');
  });
});
