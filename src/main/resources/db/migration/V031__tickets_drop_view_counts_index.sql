-- tickets_view_counts (V004) served only the counts' grouped pass over every ticket; the counts now read the
-- ticket tally (V030). Every status, queue or assignee change had to maintain it: one index less to write.
DROP INDEX tickets_view_counts;
