-- What a text search (q) reads, apart from the tickets: their number, title and description, written with the ticket
-- when it is created and when its title or description changes (TicketRepository), never on a status, priority, queue
-- or assignee change. The tickets table is written on every change and a change writes every one of its indexes
-- (none of its updates can be HOT); the trigram indexes of the title and description made each status change insert
-- some 200 entries into them and made every search read their growing pending lists (bench/results/2026-12-03-*).
CREATE TABLE ticket_search_texts (
    ticket_id       UUID          NOT NULL PRIMARY KEY REFERENCES tickets (id),
    organisation_id UUID          NOT NULL,
    number          BIGINT        NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    description     VARCHAR(20000) NOT NULL
);
INSERT INTO ticket_search_texts (ticket_id, organisation_id, number, title, description)
SELECT id, organisation_id, number, title, description FROM tickets;
-- "#12" finds ticket 12 in the same search as the words
CREATE INDEX ticket_search_texts_by_number ON ticket_search_texts (organisation_id, number);
