-- When the sender claimed an e-mail (null when nobody holds it): an admin's "retry now" or "discard" must not
-- touch an e-mail another node is sending at this moment (that could send it twice), so they refuse while a claim
-- is younger than the sender's lease. Cleared when the attempt ends (sent, failed, retried later, cancelled).
ALTER TABLE notification_emails ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
