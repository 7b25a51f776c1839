-- Inbound mail (issue 5): every message received by SMTP or IMAP, once.
-- The raw message lives in the blob store (raw_sha256); this row says what became of it.

CREATE TABLE inbound_messages (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Where it came from: 'smtp' or 'imap:<user>@<host>/<mailbox>'.
  mailbox               text NOT NULL,
  -- Normalized Message-ID (no angle brackets); null when the message had none.
  message_id            text,
  -- The cross-mailbox key: 'mid:<message-id>', or 'sha256:<hash of sender, date, subject, text>'
  -- when there is no Message-ID. The same message through SMTP and IMAP is ONE row, one ticket.
  dedupe_key            text NOT NULL UNIQUE,
  received_at           timestamptz NOT NULL,
  last_delivery_at      timestamptz NOT NULL,
  deliveries            integer NOT NULL DEFAULT 1,
  from_address          text NOT NULL DEFAULT '',
  from_name             text NOT NULL DEFAULT '',
  subject               text NOT NULL DEFAULT '',
  status                text NOT NULL CHECK (status IN (
                          'processing', 'ticket_created', 'reply_added', 'refused', 'kept_not_participant',
                          'ignored_auto_reply', 'ignored_bounce', 'ignored_loop', 'ignored_empty', 'failed')),
  -- Refusal code, automated-mail reason, or why a reply was not attached.
  reason                text,
  ticket_id             uuid REFERENCES tickets (id),
  ticket_message_id     uuid REFERENCES ticket_messages (id),
  unentitled_request_id uuid REFERENCES unentitled_requests (id),
  raw_sha256            text NOT NULL,
  raw_size              integer NOT NULL,
  -- Processing attempts; a message that keeps failing is kept as 'failed' for admins.
  attempts              integer NOT NULL DEFAULT 1,
  last_error            text,
  details               jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE UNIQUE INDEX inbound_messages_mailbox_message_key ON inbound_messages (mailbox, message_id) WHERE message_id IS NOT NULL;
-- Threading: In-Reply-To/References that name the message which opened a ticket.
CREATE INDEX inbound_messages_message_id_idx ON inbound_messages (message_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX inbound_messages_received_idx ON inbound_messages (received_at DESC);
CREATE INDEX inbound_messages_status_idx ON inbound_messages (status, received_at DESC);
CREATE INDEX inbound_messages_ticket_idx ON inbound_messages (ticket_id) WHERE ticket_id IS NOT NULL;

-- A reply address whose local part a relay lower-cased still finds its ticket (tokens are unique in any case).
CREATE INDEX tickets_reply_token_lower_idx ON tickets (lower(reply_token));

-- R-C2 refusals by mail: at most one per sender address per interval, across processes.
CREATE TABLE mail_refusals (
  address       text PRIMARY KEY,
  last_sent_at  timestamptz NOT NULL,
  suppressed    integer NOT NULL DEFAULT 0
);

-- An admin's retry of a failed or kept message restarts its delivery age (MAIL_RETRY_MAX_HOURS).
ALTER TABLE outbox_messages ADD COLUMN retried_at timestamptz;
