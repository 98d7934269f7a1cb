/**
 * Live updates: turns committed changes of other modules into Server-Sent Events for the browsers of the same
 * organisation ({@code GET /api/live}), across server nodes through PostgreSQL {@code LISTEN/NOTIFY} (an in-process
 * bus on the embedded H2), with a short replay ring for reconnects, heartbeats, and presence (who views or replies
 * to a ticket). Events carry ids and versions only; clients refetch what they may read. Nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "identity", "tickets", "conversation", "notifications"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.live;
