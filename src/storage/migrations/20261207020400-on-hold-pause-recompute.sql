-- R-S2 (issue 12 item 11): On hold now pauses the resolution clock by default (plan term
-- pause_on_hold, 20261207020000). Open tickets that have been On hold were measured without that
-- pause: mark their SLA columns stale, so the recompute step after the migrations
-- (usecases/sla/recompute-stale-sla.ts) and, as a second guard, the SLA sweep rewrite them.
UPDATE tickets t
   SET sla_computed_at = NULL,
       next_sla_event_at = LEAST(COALESCE(t.next_sla_event_at, now()), now())
 WHERE t.status <> 'closed'
   AND EXISTS (SELECT 1 FROM ticket_events e
                WHERE e.ticket_id = t.id AND e.type = 'status_changed' AND e.data->>'to' = 'on_hold');
