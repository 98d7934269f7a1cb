package io.worktrackr.conversation;

import java.util.UUID;

/**
 * The automation rule that wrote a comment (an internal note its add-note action added), by its name when it wrote:
 * such a comment has no person as author.
 */
public record AutomationAuthor(UUID ruleId, String ruleName) {}
