-- Issue 13 item 2: a message that cannot be parsed (over the time or memory budget, or not readable
-- as mail) is kept raw with status 'unparseable' and the reason ('timeout', 'memory', 'malformed'),
-- answered once (SMTP 554) or marked seen (IMAP), and never processed again. Its dedupe_key is
-- 'raw:<sha256 of the bytes>', never its Message-ID, so an unreadable forgery cannot suppress the
-- genuine message that carries the same Message-ID.
ALTER TABLE inbound_messages DROP CONSTRAINT inbound_messages_status_check;
ALTER TABLE inbound_messages ADD CONSTRAINT inbound_messages_status_check CHECK (status IN (
  'processing', 'ticket_created', 'reply_added', 'refused', 'kept_not_participant',
  'ignored_auto_reply', 'ignored_bounce', 'ignored_loop', 'ignored_empty', 'failed', 'unparseable'));
