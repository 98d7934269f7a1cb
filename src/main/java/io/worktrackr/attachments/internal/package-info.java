/** The attachments module's internals, shared by its root and web packages. Hidden from other modules. */
@org.jspecify.annotations.NullMarked
package io.worktrackr.attachments.internal;
