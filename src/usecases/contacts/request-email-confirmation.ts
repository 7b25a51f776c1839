import { createHash } from 'node:crypto';
import { pageUrl } from '../../core/pages.js';
import { contactEmailConfirmationTemplate } from '../../core/notifications/templates/contact-email-confirmation.js';
import { insertContactConfirmation } from '../../storage/contact-confirmations.queries.js';
import type { ContactRow } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { randomToken } from '../auth/crypto.js';
import { queueEmail } from '../notifications/queue-email.js';

/** How long a confirmation link works. */
export const CONFIRMATION_DAYS = 7;

/** The stored form of a confirmation token: its SHA-256, never the token. */
export const confirmationTokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The support center's confirmation page (a public route of the web app, src/web/app-routes.tsx). */
export const confirmEmailUrl = (publicUrl: string, token: string) => pageUrl(publicUrl, 'supportConfirmEmail', {}, { token });

/**
 * Issue 13 item 6: mails a single-use, expiring link to the contact's
 * (unconfirmed) address, in the caller's transaction. Only its hash is
 * stored; the address works for sign-in and mail intake once the link is opened
 * (confirmContactEmail). Sent to the address itself and nowhere else.
 */
export async function requestEmailConfirmation(
  tx: Db,
  now: Date,
  input: { contact: ContactRow; customerName: string; publicUrl: string },
): Promise<void> {
  const token = randomToken(32);
  const c = input.contact;
  await insertContactConfirmation(tx, {
    contactId: c.id, email: c.email, tokenSha256: confirmationTokenHash(token), createdAt: now,
    expiresAt: new Date(now.getTime() + CONFIRMATION_DAYS * 86_400_000),
  });
  const rendered = contactEmailConfirmationTemplate(
    { recipientName: c.name, customerName: input.customerName, url: confirmEmailUrl(input.publicUrl, token), expiresInDays: CONFIRMATION_DAYS },
    { locale: c.locale, timeZone: c.timeZone },
  );
  await queueEmail(tx, now, {
    recipient: { kind: 'contact', id: c.id, address: c.email, name: c.name, locale: c.locale, timeZone: c.timeZone },
    template: 'contact-email-confirmation', rendered, customerId: c.customerId,
  });
}
