-- Adding a member (POST /api/members) answers and looks the same whether or not the address had an account
-- (issue 12, account enumeration): both become an invitation ('invited' in the directory, not assignable) until the
-- person joins. An existing account joins by accepting (in the app with a proven address, or by the e-mailed link);
-- an account the admin made with an initial password joins when it first signs in with it. This marks the
-- memberships such a sign-in accepts.
ALTER TABLE memberships ADD COLUMN joins_at_sign_in BOOLEAN DEFAULT FALSE NOT NULL;

-- Whether using an invitation link proves the address: only a link that went to the address alone (by e-mail, when
-- an admin adds an existing account) does. A link whose token was shown to the inviting admin (POST /api/invitations
-- answers it, to be handed over) is that admin's word: it cannot take over an account that never proved its address,
-- and it proves nothing. Links open now count as shown (which were is not recorded: the safe side).
ALTER TABLE invitations ADD COLUMN proves_address BOOLEAN DEFAULT FALSE NOT NULL;
