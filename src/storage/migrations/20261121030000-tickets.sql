-- Tickets under contract (SPEC §4, §5; R-K1..R-K10, R-S1..R-S5, R-P4, R-P5).

CREATE SEQUENCE ticket_numbers START 1000;

CREATE TABLE tickets (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number                    bigint NOT NULL DEFAULT nextval('ticket_numbers') UNIQUE,
  customer_id               uuid NOT NULL REFERENCES customers (id),
  contract_id               uuid NOT NULL REFERENCES contracts (id),
  plan_version_id           uuid NOT NULL REFERENCES plan_versions (id),
  calendar_id               uuid REFERENCES calendars (id),
  requester_id              uuid NOT NULL REFERENCES contacts (id),
  channel                   text NOT NULL CHECK (channel IN ('portal', 'email', 'phone', 'api')),
  subject                   text NOT NULL,
  body_html                 text NOT NULL,
  body_text                 text NOT NULL,
  proposed_severity         text NOT NULL REFERENCES severities (code),
  severity                  text NOT NULL REFERENCES severities (code),
  category                  text CHECK (category IN ('bug', 'configuration_error', 'advice', 'configuration_request', 'feature_suggestion', 'change_request')),
  status                    text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'solved', 'closed')),
  assignee_id               uuid REFERENCES users (id),
  high_priority             boolean NOT NULL DEFAULT false,
  registered_at             timestamptz NOT NULL,
  first_response_at         timestamptz,
  solved_at                 timestamptz,
  closed_at                 timestamptz,
  outcome                   text CHECK (outcome IN ('solved', 'development_task', 'outside_vendor_control', 'lack_of_information')),
  outcome_details           jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- R-K7: the resolution commitment applies unless a reason is recorded.
  resolution_commitment     boolean NOT NULL DEFAULT true,
  resolution_commitment_reason text,
  estimate_due_at           timestamptz,
  -- R-P4/R-P5: allowance bookkeeping fixed at registration.
  allowance_year_start      date NOT NULL,
  counts_against_allowance  boolean NOT NULL,
  allowance_exclusion       text CHECK (allowance_exclusion IN ('go_live_grace', 'unlimited')),
  overage                   boolean NOT NULL DEFAULT false,
  -- SLA columns (R-S1..R-S5), recomputed in the transaction of every change.
  response_due_at           timestamptz,
  resolution_due_at         timestamptz,
  response_state            text NOT NULL DEFAULT 'not_applicable',
  resolution_state          text NOT NULL DEFAULT 'not_applicable',
  response_elapsed_seconds  integer NOT NULL DEFAULT 0,
  resolution_elapsed_seconds integer NOT NULL DEFAULT 0,
  response_indicative       boolean NOT NULL DEFAULT false,
  resolution_indicative     boolean NOT NULL DEFAULT false,
  -- The nearest running commitment due instant (queue order) and the next warning/breach (sweeps).
  queue_due_at              timestamptz,
  next_sla_event_at         timestamptz,
  sla_computed_at           timestamptz,
  -- Public text (subject, body, public replies) and internal notes are searched apart,
  -- so a contact's search can never match an internal note.
  search_public             tsvector NOT NULL DEFAULT ''::tsvector,
  search_internal           tsvector NOT NULL DEFAULT ''::tsvector,
  updated_at                timestamptz NOT NULL
);
CREATE INDEX tickets_queue_idx ON tickets (high_priority DESC, queue_due_at ASC NULLS LAST, number)
  WHERE status NOT IN ('solved', 'closed');
CREATE INDEX tickets_customer_idx ON tickets (customer_id, registered_at DESC);
CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, queue_due_at) WHERE status NOT IN ('solved', 'closed');
CREATE INDEX tickets_next_event_idx ON tickets (next_sla_event_at) WHERE next_sla_event_at IS NOT NULL;
CREATE INDEX tickets_allowance_idx ON tickets (contract_id, allowance_year_start) WHERE counts_against_allowance;
CREATE INDEX tickets_calendar_open_idx ON tickets (calendar_id) WHERE status NOT IN ('closed');
CREATE INDEX tickets_search_public_idx ON tickets USING gin (search_public);
CREATE INDEX tickets_search_internal_idx ON tickets USING gin (search_internal);

-- R-K10: append-only history of every change with actor and instant.
CREATE TABLE ticket_events (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id  uuid NOT NULL REFERENCES tickets (id),
  at         timestamptz NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'contact', 'system')),
  actor_id   uuid,
  type       text NOT NULL,
  data       jsonb NOT NULL DEFAULT '{}'::jsonb,
  internal   boolean NOT NULL DEFAULT false
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, id);

CREATE FUNCTION ticket_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ticket_events is append-only (R-K10)';
END;
$$;
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE OR DELETE ON ticket_events
  FOR EACH ROW EXECUTE FUNCTION ticket_events_append_only();

-- Conversation: public replies, internal notes, automatic messages (never a first response, R-K4).
CREATE TABLE ticket_messages (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id   uuid NOT NULL REFERENCES tickets (id),
  kind        text NOT NULL CHECK (kind IN ('reply', 'note', 'auto')),
  author_kind text NOT NULL CHECK (author_kind IN ('user', 'contact', 'system')),
  author_id   uuid,
  channel     text NOT NULL DEFAULT 'portal',
  body_html   text NOT NULL,
  body_text   text NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (ticket_id, created_at);

-- Attachment metadata; the bytes live in the blob store (files under ATTACHMENTS_DIR), keyed by SHA-256.
CREATE TABLE attachments (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id     uuid NOT NULL REFERENCES tickets (id),
  message_id    uuid REFERENCES ticket_messages (id),
  filename      text NOT NULL,
  content_type  text NOT NULL,
  size_bytes    bigint NOT NULL CHECK (size_bytes >= 0),
  sha256        text NOT NULL,
  internal      boolean NOT NULL DEFAULT false,
  uploader_kind text NOT NULL CHECK (uploader_kind IN ('user', 'contact', 'system')),
  uploader_id   uuid,
  created_at    timestamptz NOT NULL
);
CREATE INDEX attachments_ticket_idx ON attachments (ticket_id);

-- Requests refused at intake (R-C2, channel, contract, allowance): never lost.
CREATE TABLE unentitled_requests (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  received_at    timestamptz NOT NULL,
  channel        text NOT NULL CHECK (channel IN ('portal', 'email', 'phone', 'api')),
  reason_code    text NOT NULL,
  reason_message text NOT NULL,
  customer_id    uuid REFERENCES customers (id),
  contact_id     uuid REFERENCES contacts (id),
  from_email     text,
  subject        text NOT NULL,
  body_html      text NOT NULL,
  body_text      text NOT NULL,
  proposed_severity text,
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'awaiting_approval', 'converted', 'dismissed')),
  ticket_id      uuid REFERENCES tickets (id),
  handled_by     uuid,
  handled_at     timestamptz,
  handled_note   text,
  details        jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX unentitled_requests_status_idx ON unentitled_requests (status, received_at DESC);
CREATE INDEX unentitled_requests_customer_idx ON unentitled_requests (customer_id, received_at DESC);

-- R-P5: ticket bundles add to a contract year's allowance.
CREATE TABLE ticket_bundles (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id   uuid NOT NULL REFERENCES contracts (id),
  year_start    date NOT NULL,
  tickets       integer NOT NULL CHECK (tickets > 0),
  price_cents   bigint NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
  currency      text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
  purchased_at  timestamptz NOT NULL,
  created_by    uuid
);
CREATE INDEX ticket_bundles_contract_idx ON ticket_bundles (contract_id, year_start);

-- Idempotency-Key on creating tickets and replies, scoped per customer and caller.
CREATE TABLE idempotency_keys (
  scope         text NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  state         text NOT NULL CHECK (state IN ('in_flight', 'done')),
  status_code   integer,
  response      jsonb,
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);
