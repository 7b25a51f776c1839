-- Issue 13 item 8: the upload budget sums a customer's contacts' uploads of the last 24 hours.
CREATE INDEX attachments_created_at_idx ON attachments (created_at);
