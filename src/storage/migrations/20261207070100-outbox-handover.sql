-- Issue 14, item 4: the instant a message was last handed to the SMTP server.
-- Set (and committed) before the hand-over, cleared by its outcome, so after a
-- crash exactly the one message in doubt is known; it is sent again with the
-- same Message-ID (the remaining at-least-once case, docs/OPERATIONS.md).
ALTER TABLE outbox_messages ADD COLUMN handed_over_at timestamptz;
