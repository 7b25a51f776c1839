-- Agent queue and portal list (issue 4 items 7-8), sized by bench/tickets/queue-1m.ts (1,000,000 tickets).

-- The queue order (R-K9) over open tickets, carrying every column the queue filters on: the page of ids
-- and the capped count are index-only scans, and only the page's rows are read from the table.
-- Replaces tickets_queue_idx (same keys, no INCLUDE).
CREATE INDEX tickets_queue_cover_idx ON tickets (high_priority DESC, queue_due_at ASC NULLS LAST, number)
  INCLUDE (id, status, severity, customer_id, assignee_id, response_state, response_due_at, response_indicative,
           resolution_state, resolution_due_at, resolution_indicative)
  WHERE status NOT IN ('solved', 'closed');
DROP INDEX tickets_queue_idx;

-- The same order for one assignee ("assigned to me", unassigned) and for one customer.
-- Replaces tickets_assignee_idx (assignee_id, queue_due_at), whose order the queue cannot use.
CREATE INDEX tickets_queue_assignee_idx ON tickets (assignee_id, high_priority DESC, queue_due_at ASC NULLS LAST, number)
  INCLUDE (id, status, severity, customer_id, response_state, response_due_at, response_indicative,
           resolution_state, resolution_due_at, resolution_indicative)
  WHERE status NOT IN ('solved', 'closed');
DROP INDEX tickets_assignee_idx;
CREATE INDEX tickets_queue_customer_idx ON tickets (customer_id, high_priority DESC, queue_due_at ASC NULLS LAST, number)
  INCLUDE (id, status, severity, assignee_id, response_state, response_due_at, response_indicative,
           resolution_state, resolution_due_at, resolution_indicative)
  WHERE status NOT IN ('solved', 'closed');

-- One status in queue order (status=new, status=pending, …, also solved and closed): pending tickets have
-- no running clock and sort last, so scanning the whole queue for them was the slowest filter at 1M.
CREATE INDEX tickets_queue_status_idx ON tickets (status, high_priority DESC, queue_due_at ASC NULLS LAST, number) INCLUDE (id);

-- Staff search matches search_public || search_internal as ONE document (a query's words may be split
-- between the public text and internal notes), so it needs an index on that expression; nothing searches
-- search_internal alone, so this replaces tickets_search_internal_idx. The partial twin serves the
-- queue's default (open tickets) without visiting every closed match.
CREATE INDEX tickets_search_staff_idx ON tickets USING gin ((search_public || search_internal));
CREATE INDEX tickets_search_staff_open_idx ON tickets USING gin ((search_public || search_internal))
  WHERE status NOT IN ('solved', 'closed');
DROP INDEX tickets_search_internal_idx;

-- Intake (R-P4/R-P5): allowanceUsage counts a contract year's tickets by three flags; the partial
-- tickets_allowance_idx (WHERE counts_against_allowance) cannot serve that query, which then scanned the
-- whole table (~0.8-1 s per registration at 1M tickets, under the contract lock). This one makes it an
-- index-only scan (~1 ms for a customer with 10,000 tickets in the year) and replaces the partial one.
CREATE INDEX tickets_contract_year_idx ON tickets (contract_id, allowance_year_start)
  INCLUDE (counts_against_allowance, allowance_exclusion, overage);
DROP INDEX tickets_allowance_idx;
