-- R-C2: when a contact was (last) authorized. When a plan's cap is lowered below the number of
-- authorized contacts, the earliest authorized are the ones within the cap (docs/RULES.md); the
-- others are refused at intake until an administrator chooses. Contacts authorized before this
-- column existed count from their creation.
ALTER TABLE contacts ADD COLUMN authorized_at timestamptz;
UPDATE contacts SET authorized_at = created_at WHERE is_authorized;
