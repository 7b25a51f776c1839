-- R-P5, issue 14 item 8: the tickets that took a ticket of the allowance, kept per contract year, so
-- intake reads one row instead of counting the year's tickets (docs/ARCHITECTURE.md "Hot paths").
-- `used` is always count(*) of the year's tickets WHERE counts_against_allowance AND NOT overage
-- (go-live grace, unlimited and overage tickets never count, core/tickets/allowance.ts
-- allowanceBooking). The triggers below keep it so for every insert, update and delete of a ticket,
-- in the same statement, whoever writes; registration locks the row first (intake_insert_counted or
-- allowance_claim) so concurrent registrations on one contract queue there and never exceed the allowance.
CREATE TABLE allowance_counters (
  contract_id uuid NOT NULL REFERENCES contracts (id),
  year_start  date NOT NULL,
  used        integer NOT NULL DEFAULT 0 CHECK (used >= 0),
  PRIMARY KEY (contract_id, year_start)
);

CREATE FUNCTION allowance_counters_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF OLD.counts_against_allowance AND NOT OLD.overage THEN
      UPDATE allowance_counters SET used = used - 1
       WHERE contract_id = OLD.contract_id AND year_start = OLD.allowance_year_start;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW.counts_against_allowance AND NOT NEW.overage THEN
      INSERT INTO allowance_counters (contract_id, year_start, used) VALUES (NEW.contract_id, NEW.allowance_year_start, 1)
      ON CONFLICT (contract_id, year_start) DO UPDATE SET used = allowance_counters.used + 1;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

-- WHEN keeps the function out of every write that cannot change a count (unlimited plans, replies, status).
CREATE TRIGGER tickets_allowance_insert AFTER INSERT ON tickets
  FOR EACH ROW WHEN (NEW.counts_against_allowance AND NOT NEW.overage) EXECUTE FUNCTION allowance_counters_follow();
CREATE TRIGGER tickets_allowance_update AFTER UPDATE OF counts_against_allowance, overage, contract_id, allowance_year_start ON tickets
  FOR EACH ROW WHEN ((OLD.counts_against_allowance AND NOT OLD.overage, OLD.contract_id, OLD.allowance_year_start)
                     IS DISTINCT FROM (NEW.counts_against_allowance AND NOT NEW.overage, NEW.contract_id, NEW.allowance_year_start))
  EXECUTE FUNCTION allowance_counters_follow();
CREATE TRIGGER tickets_allowance_delete AFTER DELETE ON tickets
  FOR EACH ROW WHEN (OLD.counts_against_allowance AND NOT OLD.overage) EXECUTE FUNCTION allowance_counters_follow();

-- Backfill from the tickets already registered.
INSERT INTO allowance_counters (contract_id, year_start, used)
SELECT contract_id, allowance_year_start, count(*)::int FROM tickets
 WHERE counts_against_allowance AND NOT overage
 GROUP BY contract_id, allowance_year_start;
