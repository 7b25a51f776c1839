-- Issue 8: products, versions and releases (R-V1..R-V6); maintenance operations,
-- notices and vendor announcements (R-M1..R-M4); iCalendar feeds of maintenance windows.

-- R-V2: version schemes are data (parts with scope and level, see src/core/versions).
CREATE TABLE version_schemes (
  code       text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_-]*$'),
  name       text NOT NULL,
  parts      jsonb NOT NULL,
  example    text NOT NULL,
  created_at timestamptz NOT NULL
);

-- R-V1: products and their modules, each with its own version line.
CREATE TABLE products (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                  text NOT NULL,
  name                  text NOT NULL,
  kind                  text NOT NULL CHECK (kind IN ('product', 'module')),
  parent_id             uuid REFERENCES products (id),
  scheme_code           text NOT NULL REFERENCES version_schemes (code),
  description           text NOT NULL DEFAULT '',
  -- R-V5: a major version lives this long from its first release (Altanet: about 3 years).
  major_lifetime_months integer NOT NULL DEFAULT 36 CHECK (major_lifetime_months BETWEEN 1 AND 600),
  -- R-V5: warn customers this many days before end of life (one notice per threshold).
  eol_warning_days      jsonb NOT NULL DEFAULT '[90]'::jsonb,
  archived_at           timestamptz,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  CHECK ((kind = 'module') = (parent_id IS NOT NULL))
);
CREATE UNIQUE INDEX products_code_key ON products (lower(code));
CREATE INDEX products_parent_idx ON products (parent_id);

-- R-V3/R-V4: releases with notes per language; a hotfix may be for one customer only.
CREATE TABLE releases (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id   uuid NOT NULL REFERENCES products (id),
  version      text NOT NULL,
  -- Parsed parts: integer arrays compare element by element, so 5.10 > 5.9 in SQL too.
  version_key  integer[] NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('major', 'minor', 'hotfix', 'plugin_update')),
  customer_id  uuid REFERENCES customers (id),
  -- {"en": {"markdown": "...", "html": "<sanitised>", "text": "..."}, "es": {...}}
  notes        jsonb NOT NULL DEFAULT '{}'::jsonb,
  released_on  date,
  published_at timestamptz,
  created_by   uuid,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  CHECK (customer_id IS NULL OR kind = 'hotfix'),
  UNIQUE (product_id, version_key)
);
CREATE INDEX releases_customer_idx ON releases (customer_id) WHERE customer_id IS NOT NULL;

-- R-V6: what each customer runs, one row per product or module.
CREATE TABLE installed_versions (
  customer_id  uuid NOT NULL REFERENCES customers (id),
  product_id   uuid NOT NULL REFERENCES products (id),
  version      text NOT NULL,
  version_key  integer[] NOT NULL,
  installed_on date,
  updated_at   timestamptz NOT NULL,
  updated_by   uuid,
  PRIMARY KEY (customer_id, product_id)
);
CREATE INDEX installed_versions_product_idx ON installed_versions (product_id);

-- R-V5: end-of-life warnings, once per customer, product, major line and threshold.
CREATE TABLE end_of_life_warnings (
  customer_id    uuid NOT NULL REFERENCES customers (id),
  product_id     uuid NOT NULL REFERENCES products (id),
  major_line     text NOT NULL,
  threshold_days integer NOT NULL,
  fired_at       timestamptz NOT NULL,
  PRIMARY KEY (customer_id, product_id, major_line, threshold_days)
);

-- R-M1: maintenance types are data (the five of seed 000 ship as presets).
CREATE TABLE maintenance_types (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                      text NOT NULL,
  names                     jsonb NOT NULL,
  -- {"kind": "after" | "at_release" | "calendar_days_before" | "working_days_before", "days": N}
  notice_rule               jsonb NOT NULL,
  expected_duration_minutes integer NOT NULL CHECK (expected_duration_minutes > 0),
  shuts_down                boolean NOT NULL DEFAULT false,
  -- R-M2: extra notices of a shutdown, minutes before the start.
  extra_notice_minutes      jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- The vendor calendar: working days of notice, and the zone of calendar days.
  calendar_id               uuid REFERENCES calendars (id),
  archived_at               timestamptz,
  created_at                timestamptz NOT NULL,
  updated_at                timestamptz NOT NULL
);
CREATE UNIQUE INDEX maintenance_types_code_key ON maintenance_types (lower(code));

CREATE TABLE maintenance_operations (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type_id            uuid NOT NULL REFERENCES maintenance_types (id),
  product_id         uuid REFERENCES products (id),
  release_id         uuid REFERENCES releases (id),
  titles             jsonb NOT NULL,
  descriptions       jsonb NOT NULL DEFAULT '{}'::jsonb,
  starts_at          timestamptz NOT NULL,
  duration_minutes   integer NOT NULL CHECK (duration_minutes > 0),
  ends_at            timestamptz NOT NULL,
  shuts_down         boolean NOT NULL,
  -- R-M3: every customer, the customers with the product installed, or a chosen list.
  audience           text NOT NULL CHECK (audience IN ('all', 'product', 'customers')),
  status             text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  -- Bumped by every reschedule; the iCalendar SEQUENCE and part of each notice key.
  revision           integer NOT NULL DEFAULT 1,
  notice_required_by timestamptz,
  -- R-M1: a manager's recorded override of a too-short notice period.
  override_reason    text,
  override_by        uuid,
  cancel_reason      text,
  cancelled_at       timestamptz,
  created_by         uuid,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  CHECK (audience <> 'product' OR product_id IS NOT NULL)
);
CREATE INDEX maintenance_operations_starts_idx ON maintenance_operations (starts_at);

CREATE TABLE maintenance_operation_customers (
  operation_id uuid NOT NULL REFERENCES maintenance_operations (id),
  customer_id  uuid NOT NULL REFERENCES customers (id),
  PRIMARY KEY (operation_id, customer_id)
);
CREATE INDEX maintenance_operation_customers_customer_idx ON maintenance_operation_customers (customer_id);

-- R-M4: vendor announcements (documentation, SLA or policy changes, new services).
CREATE TABLE announcements (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind         text NOT NULL CHECK (kind IN ('documentation', 'sla', 'policy', 'service', 'product', 'other')),
  titles       jsonb NOT NULL,
  bodies       jsonb NOT NULL,
  audience     text NOT NULL CHECK (audience IN ('all', 'product', 'customers')),
  product_id   uuid REFERENCES products (id),
  publish_at   timestamptz NOT NULL,
  cancelled_at timestamptz,
  created_by   uuid,
  created_at   timestamptz NOT NULL,
  CHECK (audience <> 'product' OR product_id IS NOT NULL)
);

CREATE TABLE announcement_customers (
  announcement_id uuid NOT NULL REFERENCES announcements (id),
  customer_id     uuid NOT NULL REFERENCES customers (id),
  PRIMARY KEY (announcement_id, customer_id)
);

-- Every notice of an operation or announcement, with its due time (a durable deadline).
CREATE TABLE maintenance_notices (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  operation_id    uuid REFERENCES maintenance_operations (id),
  announcement_id uuid REFERENCES announcements (id),
  revision        integer NOT NULL DEFAULT 1,
  -- 'announce' | 'reminder:<minutes>' | 'done' | 'cancelled' | 'publish'
  key             text NOT NULL,
  -- NULL: waits for its release to be published (at_release rule).
  due_at          timestamptz,
  sent_at         timestamptz,
  -- Superseded by a reschedule or a cancellation before it went out.
  dropped_at      timestamptz,
  created_at      timestamptz NOT NULL,
  CHECK ((operation_id IS NULL) <> (announcement_id IS NULL))
);
CREATE UNIQUE INDEX maintenance_notices_operation_key ON maintenance_notices (operation_id, revision, key) WHERE operation_id IS NOT NULL;
CREATE UNIQUE INDEX maintenance_notices_announcement_key ON maintenance_notices (announcement_id, key) WHERE announcement_id IS NOT NULL;
CREATE INDEX maintenance_notices_due_idx ON maintenance_notices (due_at) WHERE sent_at IS NULL AND dropped_at IS NULL;

-- The once-only ledger: one row per notice and contact, written with the outbox message.
CREATE TABLE maintenance_notice_deliveries (
  notice_id  uuid NOT NULL REFERENCES maintenance_notices (id),
  contact_id uuid NOT NULL REFERENCES contacts (id),
  queued_at  timestamptz NOT NULL,
  PRIMARY KEY (notice_id, contact_id)
);

-- Per-customer secret iCalendar feed URL: only a keyed hash of the token is kept.
CREATE TABLE ical_feeds (
  customer_id     uuid PRIMARY KEY REFERENCES customers (id),
  token_hash      text NOT NULL UNIQUE,
  created_at      timestamptz NOT NULL,
  created_by_kind text NOT NULL CHECK (created_by_kind IN ('user', 'contact', 'system')),
  created_by_id   uuid,
  last_used_at    timestamptz
);
