-- Agent queue counts (issue 14 item 9, bench/tickets/queue-http.ts at 1,000,000 tickets): every queue page
-- also counts its matches up to 10,001. Without a filter, or filtered by severity, that count was an
-- index-only scan of tickets_queue_cover_idx, whose entries carry eleven INCLUDE columns: 23,000 buffers
-- read for 10,001 matches of blocker/critical (52 ms) and ~30 ms for "all open". This index holds one short
-- key per open ticket (deduplicated: 1.4 MB for 200,000 open tickets), so the same counts read ~20 buffers
-- (under 1 ms unloaded). The page itself still comes from the ordered cover index.
CREATE INDEX tickets_open_severity_idx ON tickets (severity) WHERE status NOT IN ('solved', 'closed');
