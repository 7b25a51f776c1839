-- R-S2: whether On hold (waiting on a third party) pauses the resolution clock is a plan term,
-- on by default (docs/RULES.md). Existing versions take the default.
ALTER TABLE plan_versions ADD COLUMN pause_on_hold boolean NOT NULL DEFAULT true;

-- R-K5: the reminder and closure periods are edited through the plan terms; keep them sensible.
ALTER TABLE plan_versions ADD CONSTRAINT plan_versions_pending_reminder_days_max CHECK (pending_reminder_days <= 365);
ALTER TABLE plan_versions ADD CONSTRAINT plan_versions_pending_close_days_max CHECK (pending_close_days <= 365);
