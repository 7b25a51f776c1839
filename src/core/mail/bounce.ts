import { outboxRowOfMessageId } from './reply-token.js';

/**
 * What a delivery status notification (RFC 3464) says about one recipient.
 * `permanent` is true for Action: failed or a 5.x.x status; delays (4.x.x,
 * Action: delayed) are reports, not bounces. Pure.
 */
export interface DeliveryReport {
  action: string | null;
  recipient: string | null;
  status: string | null;
  diagnostic: string | null;
  permanent: boolean;
}

const MAX_FIELD = 500;

/** Reads the first per-recipient block of a message/delivery-status text (folded lines joined). */
export function readDeliveryReport(text: string): DeliveryReport {
  const unfolded = text.replace(/\r\n?/g, '\n').replace(/\n[ \t]+/g, ' ');
  const field = (name: string) => {
    const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded);
    return m ? m[1]!.trim().slice(0, MAX_FIELD) || null : null;
  };
  const action = field('Action')?.toLowerCase() ?? null;
  const status = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(field('Status') ?? '')?.[1] ?? null;
  const recipientField = field('Final-Recipient') ?? field('Original-Recipient');
  const recipient = recipientField ? recipientField.replace(/^[a-z0-9-]+;\s*/i, '').replace(/^<|>$/g, '').toLowerCase() : null;
  const diagnostic = field('Diagnostic-Code')?.replace(/^[a-z0-9-]+;\s*/i, '') ?? null;
  const permanent = action === 'failed' || (action === null && status?.startsWith('5.') === true);
  return { action, recipient, status, diagnostic, permanent };
}

const OUR_ID = /<?(cd\.[0-9a-f-]{36}\.[A-Za-z0-9_-]+@[A-Za-z0-9.-]+)>?/gi;

/**
 * The outbox rows a bounce refers to: Message-IDs this desk made at `domain`,
 * found in the returned headers or message, the report's text, or its
 * In-Reply-To/References. Unique, in order of appearance.
 */
export function bouncedOutboxIds(texts: string[], domain: string): Array<{ rowId: string; token: string | null }> {
  const seen = new Map<string, { rowId: string; token: string | null }>();
  for (const t of texts) {
    for (const m of t.matchAll(OUR_ID)) {
      const hit = outboxRowOfMessageId(m[1]!.replace(/\.+$/, ''), domain);
      if (hit && !seen.has(hit.rowId)) seen.set(hit.rowId, hit);
    }
  }
  return [...seen.values()];
}
