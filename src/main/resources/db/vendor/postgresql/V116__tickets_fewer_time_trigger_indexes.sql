-- Every index on tickets costs each creation and each change an insertion (a change moves updated_at, so it is never
-- HOT); these two served less than their cost on PostgreSQL.
--
-- tickets_by_assignee_since (V093) is read by nothing here: the "unassigned for N" time trigger reads
-- tickets_unassigned_by_since (V105), and no other query asks by assignee and since when. H2 keeps it (V105).
DROP INDEX IF EXISTS tickets_by_assignee_since;

-- The "no first response for N" time trigger (TimeTriggerScan) reads unanswered tickets oldest first. The V093 index
-- held every ticket, answered or not, and took an insertion on every change of every ticket; this one holds only the
-- unanswered (a ticket leaves it with its first public reply), in the scan's order (created_at, then id). Its
-- predicate is literal in the scan's SQL, so a generic plan can use it too.
CREATE INDEX tickets_unanswered_by_created ON tickets (organisation_id, created_at, id)
    WHERE first_responded_at IS NULL;
DROP INDEX IF EXISTS tickets_awaiting_first_response;
