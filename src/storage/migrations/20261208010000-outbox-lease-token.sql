-- Issue 14, item 7 (found by the fault matrix): each claim of outbox messages
-- writes its own token. A worker hands a message over, renews a lease or hands
-- it back only while the row still carries its token, so a worker whose lease
-- ran out under a clock jump (NTP step, resumed VM) never sends again what
-- another worker has claimed since; only the message in its hand may go twice.
ALTER TABLE outbox_messages ADD COLUMN lease_token uuid;
