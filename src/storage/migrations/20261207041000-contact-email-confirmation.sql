-- Issue 13 item 6: a contact address is usable (mail intake, sign-in) only once its owner confirmed it.
-- Existing contacts (and the demo's) count as confirmed: the column's default fills them, and rows
-- written by staff or fixtures directly stay confirmed. The use cases where a customer's administrator
-- types an address (create/update contact) write NULL explicitly and mail a confirmation link.
ALTER TABLE contacts ADD COLUMN email_confirmed_at timestamptz DEFAULT now();

-- One CONFIRMED live contact per address. Unconfirmed ones may share it (with each other and with a
-- confirmed one): adding an address answers the same whether it exists or not, and a squatter's
-- unconfirmed row never blocks the real owner.
DROP INDEX contacts_email_key;
CREATE UNIQUE INDEX contacts_email_key ON contacts (lower(email)) WHERE archived_at IS NULL AND email_confirmed_at IS NOT NULL;
CREATE INDEX contacts_email_idx ON contacts (lower(email)) WHERE archived_at IS NULL;

-- Confirmation links: single use, expiring; only the SHA-256 of the token is stored.
CREATE TABLE contact_email_confirmations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contact_id    uuid NOT NULL REFERENCES contacts (id),
  -- The address the link was mailed to (the contact's address may change again meanwhile).
  email         text NOT NULL,
  token_sha256  text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  used_at       timestamptz
);
CREATE INDEX contact_email_confirmations_contact_idx ON contact_email_confirmations (contact_id);
