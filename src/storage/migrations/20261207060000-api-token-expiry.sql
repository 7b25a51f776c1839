-- Issue 13 item 8: every personal API token expires. An administrator sets the
-- default lifetime of a new token and the longest one allowed (single row).
CREATE TABLE api_token_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  default_days integer NOT NULL DEFAULT 90 CHECK (default_days BETWEEN 1 AND 3650),
  max_days integer NOT NULL DEFAULT 365 CHECK (max_days BETWEEN 1 AND 3650),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  CONSTRAINT api_token_settings_default_within_max CHECK (default_days <= max_days)
);
INSERT INTO api_token_settings (id) VALUES (true);

-- Live tokens made without an expiry get the longest lifetime, counted from now,
-- so none stops working the day this migration runs.
UPDATE api_tokens SET expires_at = now() + interval '365 days' WHERE expires_at IS NULL AND revoked_at IS NULL;
