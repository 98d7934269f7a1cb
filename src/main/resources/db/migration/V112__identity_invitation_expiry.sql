-- An invitation in the app (a membership not accepted yet, issue 12) expires when the invitation link e-mailed to
-- its address expires (Invitations.VALIDITY, 7 days): after that it cannot be accepted, the invitee no longer sees
-- it, the admin's directory shows it as expired, and adding the address again renews it. A sign-in with the initial
-- password of an account the admin made no longer joins either. Accepted memberships have none.
ALTER TABLE memberships ADD COLUMN invitation_expires_at TIMESTAMP WITH TIME ZONE;

-- The open ones: seven days from when they were made, as their links were.
UPDATE memberships SET invitation_expires_at = created_at + INTERVAL '7' DAY WHERE accepted_at IS NULL;
