-- A delivery status notification that names a message this desk sent marks
-- its outbox row bounced: accepted by our relay, refused later by the
-- recipient's server. The agent sees it on the ticket; the admin in the outbox.
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_status_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_status_check
  CHECK (status IN ('pending', 'sent', 'failed', 'kept', 'bounced'));
ALTER TABLE outbox_messages ADD COLUMN bounced_at timestamptz;
