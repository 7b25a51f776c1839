-- R-P5: an overage ticket is billed on its own and never also takes a ticket of the allowance or of
-- a bundle (docs/RULES.md). Tickets accepted as overage before this rule counted against the year,
-- so a bundle bought later showed one ticket fewer and the ticket was billed twice.
UPDATE tickets SET counts_against_allowance = false WHERE overage AND counts_against_allowance;
