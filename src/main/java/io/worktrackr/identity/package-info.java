/**
 * Organisations, users, memberships and roles, sign-up, sign-in, sessions and API tokens.
 * {@link io.worktrackr.identity.CurrentActor} is the one way to ask who is acting and in which organisation.
 * Depends on nothing but the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
@org.jspecify.annotations.NullMarked
package io.worktrackr.identity;
