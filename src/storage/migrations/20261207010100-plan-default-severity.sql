-- R-S1 (issue 12): a plan term naming the severity whose targets apply to a severity the plan does
-- not list (docs/RULES.md). Existing versions have none: they keep taking only the severities they list.
ALTER TABLE plan_versions ADD COLUMN default_severity text;
