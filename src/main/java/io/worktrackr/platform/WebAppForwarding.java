package io.worktrackr.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app routes in the browser (/t/42, /new, /login …): any GET of a path without a dot outside the
 * API answers with the app's index.html, so deep links and reloads work.
 */
@Controller
class WebAppForwarding {

    private static final String SEGMENT = "{s:^(?!api$|v3$|actuator$|swagger-ui$)[^.]*$}";

    @GetMapping({"/", "/" + SEGMENT, "/" + SEGMENT + "/{b:[^.]*}", "/" + SEGMENT + "/{b:[^.]*}/{c:[^.]*}"})
    String index() {
        return "forward:/index.html";
    }
}
