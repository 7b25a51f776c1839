-- Outbox (side effects written in the same transaction as their cause) and
-- durable deadline bookkeeping for sweeps (SPEC R-S4, R-K5, R-P5, R-P10).

CREATE TABLE outbox_messages (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at      timestamptz NOT NULL,
  -- De-duplicates a notification per cause (e.g. 'sla:<ticket>:response:breach:<cycle>').
  dedupe_key      text UNIQUE,
  template        text NOT NULL,
  locale          text NOT NULL CHECK (locale IN ('en', 'es', 'el')),
  recipient_kind  text NOT NULL CHECK (recipient_kind IN ('user', 'contact', 'address')),
  recipient_id    uuid,
  to_address      text NOT NULL,
  to_name         text NOT NULL DEFAULT '',
  subject         text NOT NULL,
  text_body       text NOT NULL,
  html_body       text NOT NULL,
  -- Message-ID, In-Reply-To, References, Auto-Submitted, Reply-To (values free of CR/LF).
  headers         jsonb NOT NULL DEFAULT '{}'::jsonb,
  ticket_id       uuid REFERENCES tickets (id),
  customer_id     uuid REFERENCES customers (id),
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'kept')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  locked_until    timestamptz,
  last_error      text,
  sent_at         timestamptz,
  -- Customer-facing mail waits for the customer's business hours.
  not_before      timestamptz
);
CREATE INDEX outbox_due_idx ON outbox_messages (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_ticket_idx ON outbox_messages (ticket_id);
CREATE INDEX outbox_status_idx ON outbox_messages (status, created_at DESC);

-- Per-ticket unguessable reply token: replies by mail land on the right ticket.
ALTER TABLE tickets ADD COLUMN reply_token text;
UPDATE tickets SET reply_token = md5(random()::text || id::text) WHERE reply_token IS NULL;
ALTER TABLE tickets ALTER COLUMN reply_token SET NOT NULL;
CREATE UNIQUE INDEX tickets_reply_token_key ON tickets (reply_token);

-- R-K5 pending reminders and auto-close: durable deadlines on the ticket row.
ALTER TABLE tickets ADD COLUMN pending_since timestamptz;
ALTER TABLE tickets ADD COLUMN pending_reminder_due_at timestamptz;
ALTER TABLE tickets ADD COLUMN pending_reminder_sent_at timestamptz;
ALTER TABLE tickets ADD COLUMN auto_close_due_at timestamptz;
CREATE INDEX tickets_pending_reminder_idx ON tickets (pending_reminder_due_at) WHERE pending_reminder_due_at IS NOT NULL;
CREATE INDEX tickets_auto_close_idx ON tickets (auto_close_due_at) WHERE auto_close_due_at IS NOT NULL;

-- R-S4: every warning and breach fired, exactly once per ticket, clock, kind and cycle.
CREATE TABLE sla_notifications (
  ticket_id  uuid NOT NULL REFERENCES tickets (id),
  clock      text NOT NULL CHECK (clock IN ('response', 'resolution')),
  kind       text NOT NULL CHECK (kind IN ('warning', 'breach')),
  percent    integer NOT NULL DEFAULT 100,
  -- The cycle: the target's budget in business seconds. A new target (severity change) starts a
  -- new cycle; a pause moves the due instant but not the budget, so nothing fires twice.
  budget_seconds integer NOT NULL,
  due_at     timestamptz NOT NULL,
  fired_at   timestamptz NOT NULL,
  PRIMARY KEY (ticket_id, clock, kind, percent, budget_seconds)
);

-- R-P5 allowance thresholds and R-P10 renewal reminders, once per contract year and threshold.
CREATE TABLE contract_notifications (
  contract_id uuid NOT NULL REFERENCES contracts (id),
  kind        text NOT NULL,
  period      text NOT NULL,
  fired_at    timestamptz NOT NULL,
  PRIMARY KEY (contract_id, kind, period)
);

-- Plan settings for R-K5 (days are calendar days; reminders go out in the customer's business hours).
ALTER TABLE plan_versions ADD COLUMN pending_reminder_days integer NOT NULL DEFAULT 5 CHECK (pending_reminder_days >= 1);
ALTER TABLE plan_versions ADD COLUMN pending_close_days integer NOT NULL DEFAULT 3 CHECK (pending_close_days >= 1);
