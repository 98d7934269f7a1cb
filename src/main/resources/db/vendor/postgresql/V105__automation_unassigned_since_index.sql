-- The "unassigned for N" time trigger (TimeTriggerScan) reads unassigned tickets oldest-unassigned first. Measured at
-- 1,000,000 tickets in one organisation (85,000 of them active and unassigned) the planner took the partial index
-- of active unassigned tickets, read every one of them and sorted: 2.6 s per batch of 200. In this index's order
-- (only unassigned tickets, so it is small) a batch is an index scan that stops after 200 rows: 4 ms. Its predicate
-- is literal in the scan's SQL, so a generic plan (a statement prepared on the server) can use it too. H2 keeps
-- tickets_by_assignee_since (V093), which serves its small databases.
CREATE INDEX IF NOT EXISTS tickets_unassigned_by_since ON tickets (organisation_id, assignee_since, id)
    WHERE assignee_id IS NULL;
