/** The conversation module's HTTP API: controllers and their wire records (*Request, *Response). Hidden from other modules. */
@org.jspecify.annotations.NullMarked
package io.worktrackr.conversation.web;
