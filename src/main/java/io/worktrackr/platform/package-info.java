/**
 * HTTP-wide plumbing only: the security filter chain, RFC 9457 problem answers, request size limits,
 * forwarding of the web app's routes, and the {@link java.time.Clock}. Also the delivery of after-commit
 * reactions: the event publication registry's configuration and its resubmission job (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.platform;
