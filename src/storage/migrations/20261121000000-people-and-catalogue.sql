-- Coverdesk ground floor: people and access (SPEC §1), catalogue and customers (SPEC §2, R-T1).
-- PostgreSQL 15 features only: the same file runs on PGlite and on PostgreSQL.

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL,
  name          text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'manager', 'agent')),
  password_hash text,
  locale        text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es', 'el')),
  time_zone     text NOT NULL DEFAULT 'UTC',
  must_change_password boolean NOT NULL DEFAULT false,
  archived_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE customers (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL,
  name        text NOT NULL,
  locale      text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es', 'el')),
  time_zone   text NOT NULL DEFAULT 'UTC',
  currency    text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
  notes       text NOT NULL DEFAULT '',
  archived_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customers_code_key ON customers (lower(code));

CREATE TABLE contacts (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id      uuid NOT NULL REFERENCES customers (id),
  email            text NOT NULL,
  name             text NOT NULL,
  phone            text NOT NULL DEFAULT '',
  locale           text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es', 'el')),
  time_zone        text NOT NULL DEFAULT 'UTC',
  is_authorized    boolean NOT NULL DEFAULT false,
  is_administrator boolean NOT NULL DEFAULT false,
  password_hash    text,
  archived_at      timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
-- A contact's email identifies one person across the desk (sign-in, inbound mail).
CREATE UNIQUE INDEX contacts_email_key ON contacts (lower(email)) WHERE archived_at IS NULL;
-- One administrator per customer (Altanet 002).
CREATE UNIQUE INDEX contacts_one_administrator ON contacts (customer_id) WHERE is_administrator AND archived_at IS NULL;
CREATE INDEX contacts_customer_idx ON contacts (customer_id);

CREATE TABLE sessions (
  id_hash        text PRIMARY KEY,
  principal_kind text NOT NULL CHECK (principal_kind IN ('user', 'contact')),
  principal_id   uuid NOT NULL,
  csrf_token     text NOT NULL,
  created_at     timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  last_seen_at   timestamptz NOT NULL
);
CREATE INDEX sessions_principal_idx ON sessions (principal_kind, principal_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  principal_kind text NOT NULL CHECK (principal_kind IN ('user', 'contact')),
  principal_id   uuid NOT NULL,
  name           text NOT NULL,
  prefix         text NOT NULL,
  token_hash     text NOT NULL,
  created_at     timestamptz NOT NULL,
  expires_at     timestamptz,
  last_used_at   timestamptz,
  revoked_at     timestamptz
);
CREATE UNIQUE INDEX api_tokens_hash_key ON api_tokens (token_hash);
CREATE INDEX api_tokens_principal_idx ON api_tokens (principal_kind, principal_id);

-- Fixed-window counters shared by every process (login rate limits).
CREATE TABLE rate_limit_buckets (
  key          text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits         integer NOT NULL
);

-- Who changed what in the catalogue and access (tickets keep their own history, R-K10).
CREATE TABLE audit_events (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor_kind  text NOT NULL CHECK (actor_kind IN ('user', 'contact', 'system')),
  actor_id    uuid,
  action      text NOT NULL,
  object_type text NOT NULL,
  object_id   text NOT NULL,
  details     jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_object_idx ON audit_events (object_type, object_id);

-- R-K2: severities are data (names and definitions per language).
CREATE TABLE severities (
  code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  rank        integer NOT NULL,
  names       jsonb NOT NULL,
  definitions jsonb NOT NULL DEFAULT '{}'::jsonb,
  archived_at timestamptz
);

-- R-T1: calendars with versions and effective dates; the spec is core's CalendarSpec as JSON.
CREATE TABLE calendars (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL,
  name        text NOT NULL,
  archived_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX calendars_code_key ON calendars (lower(code));

CREATE TABLE calendar_versions (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  calendar_id    uuid NOT NULL REFERENCES calendars (id),
  version        integer NOT NULL,
  effective_from date NOT NULL,
  spec           jsonb NOT NULL,
  created_at     timestamptz NOT NULL,
  created_by     uuid,
  UNIQUE (calendar_id, version),
  UNIQUE (calendar_id, effective_from)
);

-- R-P1/R-P2: plans are named tiers; every edit is a new version with an effective date.
CREATE TABLE plans (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL,
  name        text NOT NULL,
  catalogue   text NOT NULL DEFAULT '',
  rank        integer NOT NULL DEFAULT 0,
  archived_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX plans_code_key ON plans (lower(code));

CREATE TABLE plan_versions (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id                 uuid NOT NULL REFERENCES plans (id),
  version                 integer NOT NULL,
  effective_from          date NOT NULL,
  calendar_id             uuid REFERENCES calendars (id),
  channels                jsonb NOT NULL DEFAULT '[]'::jsonb,
  max_authorized_contacts integer CHECK (max_authorized_contacts >= 0),
  tickets_per_year        integer CHECK (tickets_per_year >= 0),
  overage_rule            text NOT NULL DEFAULT 'hold' CHECK (overage_rule IN ('bill', 'hold')),
  first_response_rule     text NOT NULL DEFAULT 'reply' CHECK (first_response_rule IN ('reply', 'evaluation')),
  high_priority           boolean NOT NULL DEFAULT false,
  warning_percents        jsonb NOT NULL DEFAULT '[75, 90]'::jsonb,
  services                jsonb NOT NULL DEFAULT '[]'::jsonb,
  entitlements            jsonb NOT NULL DEFAULT '{}'::jsonb,
  free_categories         jsonb NOT NULL DEFAULT '[]'::jsonb,
  targets                 jsonb NOT NULL DEFAULT '{}'::jsonb,
  notes                   text NOT NULL DEFAULT '',
  created_at              timestamptz NOT NULL,
  created_by              uuid,
  UNIQUE (plan_id, version),
  UNIQUE (plan_id, effective_from)
);

-- R-P3: customer + plan + dates + price basis (R-P6).
CREATE TABLE contracts (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id        uuid NOT NULL REFERENCES customers (id),
  plan_id            uuid NOT NULL REFERENCES plans (id),
  reference          text NOT NULL DEFAULT '',
  start_date         date NOT NULL,
  go_live_date       date,
  end_date           date,
  price_basis        text NOT NULL DEFAULT 'fixed' CHECK (price_basis IN ('fixed', 'licence', 'development')),
  basis_amount_cents bigint CHECK (basis_amount_cents >= 0),
  percent_bp         integer CHECK (percent_bp >= 0),
  yearly_price_cents bigint CHECK (yearly_price_cents >= 0),
  currency           text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
  archived_at        timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX contracts_customer_idx ON contracts (customer_id);

-- Instance secrets generated on first start when SECRET_KEY is not configured
-- (keyed hashes of session ids and API tokens). Set SECRET_KEY to keep it out of the database.
CREATE TABLE instance_secrets (
  name       text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
