-- Billing (issue 7): chargeability facts (R-B1..R-B6), estimates (R-B4, R-B6), timesheets and
-- tariffs (R-B7), contract fees (R-P6..R-P10) and invoices (R-B8). Money in integer minor units.

-- Vendor-wide billing settings (one row).
CREATE TABLE billing_settings (
  id                      boolean PRIMARY KEY DEFAULT true CHECK (id),
  -- R-P7: whether an acceptance on 31 August itself counts as "before 31 August".
  august_31_counts        boolean NOT NULL DEFAULT true,
  invoice_series          text NOT NULL DEFAULT 'INV' CHECK (invoice_series ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
  credit_note_series      text NOT NULL DEFAULT 'CN' CHECK (credit_note_series ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  updated_by              uuid
);
INSERT INTO billing_settings (id) VALUES (true);

-- The contract's billing facts (R-B1..R-B4, R-B7, R-P5). A contract without a row has the defaults.
CREATE TABLE contract_terms (
  contract_id                       uuid PRIMARY KEY REFERENCES contracts (id),
  has_update_subscription           boolean NOT NULL DEFAULT false,
  vendor_hosted                     boolean NOT NULL DEFAULT false,
  has_service_contract              boolean NOT NULL DEFAULT false,
  configuration_takeover_date       date,
  free_configuration_tasks_per_year integer NOT NULL DEFAULT 0 CHECK (free_configuration_tasks_per_year BETWEEN 0 AND 1000),
  billing_unit_minutes              integer NOT NULL DEFAULT 15 CHECK (billing_unit_minutes BETWEEN 1 AND 480),
  rounding_rule                     text NOT NULL DEFAULT 'per_entry' CHECK (rounding_rule IN ('per_entry', 'per_ticket_per_day')),
  overage_ticket_price_cents        bigint CHECK (overage_ticket_price_cents >= 0),
  updated_at                        timestamptz NOT NULL,
  updated_by                        uuid
);

-- R-B4: a ticket that uses one of the contract's free configuration tasks of a calendar year.
CREATE TABLE free_configuration_tasks (
  ticket_id   uuid PRIMARY KEY REFERENCES tickets (id),
  contract_id uuid NOT NULL REFERENCES contracts (id),
  year        integer NOT NULL,
  claimed_at  timestamptz NOT NULL
);
CREATE INDEX free_configuration_tasks_contract_idx ON free_configuration_tasks (contract_id, year);

-- R-B4/R-B6 estimates and their phases (004: hand-over and approval).
CREATE TABLE estimates (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id        uuid NOT NULL REFERENCES tickets (id),
  customer_id      uuid NOT NULL REFERENCES customers (id),
  version          integer NOT NULL CHECK (version >= 1),
  status           text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'approved', 'declined')),
  currency         text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  minutes          integer NOT NULL CHECK (minutes > 0),
  price_cents      bigint NOT NULL CHECK (price_cents >= 0),
  note             text NOT NULL DEFAULT '',
  created_at       timestamptz NOT NULL,
  created_by       uuid,
  sent_at          timestamptz,
  sent_by          uuid,
  decided_at       timestamptz,
  decided_by       uuid REFERENCES contacts (id),
  decision_channel text CHECK (decision_channel IN ('portal', 'email')),
  decision_note    text,
  UNIQUE (ticket_id, version)
);
-- At most one estimate in the making (draft or sent) per ticket.
CREATE UNIQUE INDEX estimates_one_open ON estimates (ticket_id) WHERE status IN ('draft', 'sent');
CREATE INDEX estimates_customer_idx ON estimates (customer_id);

CREATE TABLE estimate_phases (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  estimate_id    uuid NOT NULL REFERENCES estimates (id) ON DELETE CASCADE,
  position       integer NOT NULL CHECK (position >= 1),
  name           text NOT NULL,
  minutes        integer NOT NULL CHECK (minutes > 0),
  price_cents    bigint NOT NULL CHECK (price_cents >= 0),
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'handed_over', 'accepted')),
  handed_over_at timestamptz,
  handover_note  text,
  decided_at     timestamptz,
  decided_by     uuid REFERENCES contacts (id),
  UNIQUE (estimate_id, position)
);

-- R-B7 tariffs: an hourly rate per activity (NULL = every activity), effective-dated, per currency.
CREATE TABLE tariffs (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity            text CHECK (activity IN ('communication', 'identification', 'configuration', 'administration', 'testing', 'implementation')),
  currency            text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  rate_per_hour_cents bigint NOT NULL CHECK (rate_per_hour_cents >= 0),
  effective_from      date NOT NULL,
  note                text NOT NULL DEFAULT '',
  created_at          timestamptz NOT NULL,
  created_by          uuid,
  UNIQUE NULLS NOT DISTINCT (activity, currency, effective_from)
);

-- R-B7 timesheets.
CREATE TABLE time_entries (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id        uuid NOT NULL REFERENCES tickets (id),
  customer_id      uuid NOT NULL REFERENCES customers (id),
  contract_id      uuid NOT NULL REFERENCES contracts (id),
  user_id          uuid NOT NULL REFERENCES users (id),
  work_date        date NOT NULL,
  activity         text NOT NULL CHECK (activity IN ('communication', 'identification', 'configuration', 'administration', 'testing', 'implementation')),
  minutes          integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  note             text NOT NULL DEFAULT '',
  billable         boolean NOT NULL,
  -- What chargeability said (R-B1..R-B6); an override of it carries a reason.
  billable_default boolean NOT NULL,
  rule_id          text,
  override_reason  text,
  estimate_id      uuid REFERENCES estimates (id),
  phase_id         uuid REFERENCES estimate_phases (id),
  created_at       timestamptz NOT NULL,
  CHECK (billable = billable_default OR override_reason IS NOT NULL)
);
CREATE INDEX time_entries_ticket_idx ON time_entries (ticket_id, work_date);
CREATE INDEX time_entries_customer_idx ON time_entries (customer_id, work_date) WHERE billable;
CREATE INDEX time_entries_user_idx ON time_entries (user_id, work_date);

-- R-P9: inflation rate per year, entered by a manager (caps yearly increases).
CREATE TABLE inflation_rates (
  year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
  rate_bp    integer NOT NULL CHECK (rate_bp >= 0),
  source     text NOT NULL DEFAULT '',
  entered_at timestamptz NOT NULL,
  entered_by uuid
);

-- R-P7..R-P10 contract fees: each charge explains its fraction (months / 12 of a yearly price).
CREATE TABLE contract_charges (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id       uuid NOT NULL REFERENCES contracts (id),
  customer_id       uuid NOT NULL REFERENCES customers (id),
  kind              text NOT NULL CHECK (kind IN ('activation', 'retroactive', 'renewal', 'adjustment')),
  rule_id           text NOT NULL,
  period_start      date NOT NULL,
  period_end        date NOT NULL,
  months            integer NOT NULL CHECK (months >= 0),
  yearly_price_cents bigint NOT NULL,
  amount_cents      bigint NOT NULL,
  currency          text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  details           jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at        timestamptz NOT NULL,
  created_by        uuid,
  cancelled_at      timestamptz,
  cancelled_by      uuid,
  CHECK (period_end >= period_start)
);
CREATE INDEX contract_charges_customer_idx ON contract_charges (customer_id, period_start);
-- A contract pays each year once: one live activation, retroactive or renewal charge per start date.
CREATE UNIQUE INDEX contract_charges_once ON contract_charges (contract_id, kind, period_start)
  WHERE kind IN ('activation', 'retroactive', 'renewal') AND cancelled_at IS NULL;

-- R-P9 yearly increases: agreed by the customer, capped by inflation, applied at the renewal of `year`.
CREATE TABLE contract_price_increases (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id          uuid NOT NULL REFERENCES contracts (id),
  year                 integer NOT NULL,
  percent_bp           integer NOT NULL CHECK (percent_bp > 0),
  inflation_bp         integer NOT NULL,
  old_yearly_cents     bigint NOT NULL,
  new_yearly_cents     bigint NOT NULL,
  agreed_by_contact_id uuid REFERENCES contacts (id),
  agreed_on            date NOT NULL,
  agreement_note       text NOT NULL,
  recorded_at          timestamptz NOT NULL,
  recorded_by          uuid,
  applied_at           timestamptz,
  UNIQUE (contract_id, year)
);

-- R-B8 gap-free numbering: one counter row per series, locked FOR UPDATE by the issuing transaction.
CREATE TABLE invoice_series (
  code        text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
  next_number integer NOT NULL DEFAULT 1 CHECK (next_number >= 1)
);

CREATE TABLE invoices (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id         uuid NOT NULL REFERENCES customers (id),
  kind                text NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
  status              text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  series              text REFERENCES invoice_series (code),
  number              integer,
  display_number      text,
  period_start        date NOT NULL,
  period_end          date NOT NULL,
  currency            text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  locale              text NOT NULL CHECK (locale IN ('en', 'es', 'el')),
  customer_name       text NOT NULL,
  customer_code       text NOT NULL,
  total_cents         bigint NOT NULL DEFAULT 0,
  credited_invoice_id uuid REFERENCES invoices (id),
  reason              text NOT NULL DEFAULT '',
  issue_date          date,
  issued_at           timestamptz,
  issued_by           uuid,
  created_at          timestamptz NOT NULL,
  created_by          uuid,
  CHECK (period_end >= period_start),
  CHECK ((status = 'issued') = (number IS NOT NULL AND series IS NOT NULL AND issued_at IS NOT NULL)),
  CHECK ((kind = 'credit_note') = (credited_invoice_id IS NOT NULL)),
  UNIQUE (series, number)
);
CREATE INDEX invoices_customer_idx ON invoices (customer_id, created_at DESC);

CREATE TABLE invoice_lines (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  invoice_id        uuid NOT NULL REFERENCES invoices (id),
  position          integer NOT NULL CHECK (position >= 1),
  source_type       text NOT NULL CHECK (source_type IN ('contract_charge', 'ticket_bundle', 'overage_ticket', 'ticket_time')),
  source_id         uuid NOT NULL,
  source_items      jsonb NOT NULL DEFAULT '[]'::jsonb,
  description       text NOT NULL,
  quantity          integer NOT NULL,
  unit              text NOT NULL CHECK (unit IN ('month', 'bundle', 'ticket', 'minute')),
  unit_price_cents  bigint NOT NULL,
  amount_cents      bigint NOT NULL,
  ticket_id         uuid REFERENCES tickets (id),
  activity          text,
  tariff_id         uuid REFERENCES tariffs (id),
  credited_line_id  uuid REFERENCES invoice_lines (id),
  UNIQUE (invoice_id, position)
);
-- A line is credited at most once.
CREATE UNIQUE INDEX invoice_lines_credited_once ON invoice_lines (credited_line_id) WHERE credited_line_id IS NOT NULL;
CREATE INDEX invoice_lines_source_idx ON invoice_lines (source_type, source_id);

-- What is billed on a live invoice (draft or issued, not credited): a source is billed once.
-- A deleted draft or a credit note releases its claims so the source can be invoiced again.
CREATE TABLE billing_claims (
  source_type text NOT NULL CHECK (source_type IN ('contract_charge', 'ticket_bundle', 'overage_ticket', 'time_entry')),
  source_id   uuid NOT NULL,
  invoice_id  uuid NOT NULL REFERENCES invoices (id),
  line_id     uuid NOT NULL REFERENCES invoice_lines (id),
  PRIMARY KEY (source_type, source_id)
);
CREATE INDEX billing_claims_invoice_idx ON billing_claims (invoice_id);

-- R-B8: an issued invoice or credit note is immutable: no update, no delete, no line change.
CREATE FUNCTION invoices_issued_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'invoice % is issued and immutable (R-B8)', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_issued_immutable();

CREATE FUNCTION invoice_lines_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM invoices i WHERE i.status = 'issued'
             AND i.id IN (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.invoice_id END,
                          CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.invoice_id END)) THEN
    RAISE EXCEPTION 'lines of an issued invoice are immutable (R-B8)' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER invoice_lines_immutable BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION invoice_lines_draft_only();
