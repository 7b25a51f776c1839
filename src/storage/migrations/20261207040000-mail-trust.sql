-- Issue 13 (mail you can trust) and issue 14 item 5 (auto-responder storms).

-- Item 3: only ACCEPTED messages count for de-duplication. A refused forgery carrying a genuine
-- Message-ID gives its dedupe_key up (storage/inbound-mail.queries.ts releaseDedupeKey), so the
-- genuine message is still processed. The per-mailbox unique index would refuse that second row;
-- dedupe_key (cross-mailbox, still UNIQUE) is the one rule for "the same message acts once".
DROP INDEX inbound_messages_mailbox_message_key;

-- Per-sender budgets (new tickets by mail, loop detection) count a sender's recent messages.
CREATE INDEX inbound_messages_from_idx ON inbound_messages (from_address, received_at DESC);

-- Item 1: a mail that ASKS for a decision (an estimate to approve) carries its own reply token,
-- bound to that one outbox message; only a reply carrying it may decide. Null: the ticket's token.
ALTER TABLE outbox_messages ADD COLUMN reply_token text;
CREATE UNIQUE INDEX outbox_messages_reply_token_key ON outbox_messages (reply_token) WHERE reply_token IS NOT NULL;

-- Budgets of automatic mail (acknowledgements, refusals) per address and overall.
CREATE INDEX outbox_messages_automatic_idx ON outbox_messages (lower(to_address), created_at DESC) WHERE template IN ('acknowledgement', 'refusal');
CREATE INDEX outbox_messages_refusals_idx ON outbox_messages (created_at DESC) WHERE template = 'refusal';
