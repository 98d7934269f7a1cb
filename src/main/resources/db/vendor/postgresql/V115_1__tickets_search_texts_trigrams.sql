-- The trigram indexes move from tickets to ticket_search_texts (V115): a status change no longer inserts a ticket's
-- trigrams again. New texts still go to each index's pending list first (cheap inserts), and a search reads that
-- list whole: a limit of 256 kB (32 pages; the default is 4 MB) keeps that read small when many tickets arrive at once.
-- At a million tickets the two builds take minutes; more memory for them than the default 64 MB, for this migration's
-- transaction only. The old indexes go last: dropping them locks tickets until the migration commits.
SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX ticket_search_texts_title_trigrams ON ticket_search_texts
    USING gin (LOWER(title) gin_trgm_ops) WITH (gin_pending_list_limit = 256);
CREATE INDEX ticket_search_texts_description_trigrams ON ticket_search_texts
    USING gin (LOWER(description) gin_trgm_ops) WITH (gin_pending_list_limit = 256);
DROP INDEX IF EXISTS tickets_title_trigrams;
DROP INDEX IF EXISTS tickets_description_trigrams;
