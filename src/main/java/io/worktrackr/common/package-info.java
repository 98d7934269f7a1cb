/**
 * Shared kernel: the few error types every module throws and the platform maps to RFC 9457 problems.
 * Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package io.worktrackr.common;
