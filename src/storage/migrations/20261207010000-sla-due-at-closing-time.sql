-- R-T5 (issue 12): a due instant is the EARLIEST instant at which the business-time budget is used
-- up (Friday 20:00, not Monday 08:00). Due instants cannot be computed in SQL, so this marks the
-- stored SLA columns of every ticket that is not closed as stale; the recompute step that runs right
-- after the migrations (usecases/sla/recompute-stale-sla.ts, called by `coverdesk migrate` and at
-- every start) rewrites them. As a second guard, the SLA sweep visits each marked ticket once
-- (next_sla_event_at = now), and recomputes and stores its columns even if the step never ran.
UPDATE tickets
   SET sla_computed_at = NULL,
       next_sla_event_at = LEAST(COALESCE(next_sla_event_at, now()), now())
 WHERE status <> 'closed';

-- The recompute step finds the stale tickets through this small partial index (empty once done).
CREATE INDEX tickets_sla_stale_idx ON tickets (number) WHERE sla_computed_at IS NULL AND status <> 'closed';
