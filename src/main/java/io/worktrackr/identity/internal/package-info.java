/** Identity's implementation details that must be public for the database (the H2 trigger). */
@org.jspecify.annotations.NullMarked
package io.worktrackr.identity.internal;
