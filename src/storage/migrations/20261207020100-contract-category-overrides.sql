-- R-P1, R-B*: a contract may override, per request category, what its plan includes
-- ({"bug": "billable", "advice": "free"}); categories without an entry follow the plan.
ALTER TABLE contract_terms ADD COLUMN category_overrides jsonb NOT NULL DEFAULT '{}'::jsonb
  CHECK (jsonb_typeof(category_overrides) = 'object');
