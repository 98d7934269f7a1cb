-- When an agent first answered the requester publicly (the SLA's first-response clock stops here).
-- Stamped once by TicketManagement.recordFirstResponse; never changed afterwards.
ALTER TABLE tickets ADD COLUMN first_responded_at TIMESTAMP WITH TIME ZONE;
