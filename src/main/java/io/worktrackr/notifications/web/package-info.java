/** The notifications module's HTTP API: controllers and their wire records. Hidden from other modules. */
@org.jspecify.annotations.NullMarked
package io.worktrackr.notifications.web;
