/** The live module's HTTP API: the event stream and presence. Hidden from other modules. */
@org.jspecify.annotations.NullMarked
package io.worktrackr.live.web;
