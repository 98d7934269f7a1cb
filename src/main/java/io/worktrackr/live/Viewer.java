package io.worktrackr.live;

import java.util.UUID;

/** Someone who has a ticket open, and whether they are writing a reply or note on it. */
public record Viewer(UUID id, String name, boolean composing) {}
