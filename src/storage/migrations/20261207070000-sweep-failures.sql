-- Issue 14, item 3: one bad item does not stop a sweep. An item whose action
-- throws is retried with backoff (retry_at), then quarantined with its error
-- for administrators; sweeps skip it meanwhile and go on with the rest.
CREATE TABLE sweep_failures (
  sweep            text NOT NULL,
  item_id          text NOT NULL,
  attempts         integer NOT NULL CHECK (attempts > 0),
  last_error       text NOT NULL,
  first_failed_at  timestamptz NOT NULL,
  last_failed_at   timestamptz NOT NULL,
  retry_at         timestamptz NOT NULL,
  quarantined_at   timestamptz,
  PRIMARY KEY (sweep, item_id)
);
CREATE INDEX sweep_failures_quarantined_idx ON sweep_failures (quarantined_at) WHERE quarantined_at IS NOT NULL;
