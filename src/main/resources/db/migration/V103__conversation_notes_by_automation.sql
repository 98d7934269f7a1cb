-- A note an automation rule adds is written by the rule, not by a person (issue 13): such a comment has no
-- author_id; automation_rule_id and automation_rule_name (the name when it wrote, since rules are renamed and
-- deleted) say which rule wrote it. Exactly one of the two kinds of author is set.
ALTER TABLE comments ALTER COLUMN author_id DROP NOT NULL;
ALTER TABLE comments ADD COLUMN automation_rule_id UUID;
ALTER TABLE comments ADD COLUMN automation_rule_name VARCHAR(200);

-- Notes rules wrote before were stored in the name of the organisation's first admin (listed in
-- automation_notes): give them back to their rule. Their activity entries stay as written (the trail is
-- append-only and hash-chained).
UPDATE comments
SET automation_rule_id = (SELECT n.rule_id FROM automation_notes n WHERE n.comment_id = comments.id),
    automation_rule_name = COALESCE(
        (SELECT r.name FROM automation_notes n JOIN automation_rules r ON r.id = n.rule_id
         WHERE n.comment_id = comments.id),
        'a deleted rule'),
    author_id = NULL
WHERE id IN (SELECT comment_id FROM automation_notes);

ALTER TABLE comments ADD CONSTRAINT comments_author_check CHECK (
    (author_id IS NOT NULL AND automation_rule_id IS NULL AND automation_rule_name IS NULL)
    OR (author_id IS NULL AND automation_rule_id IS NOT NULL AND automation_rule_name IS NOT NULL));
