package io.worktrackr.sla;

import org.springframework.context.ApplicationContext;

/** For tests outside the module: one SLA scan now, as the schedule would run it (the shared test node never does). */
public final class SlaScans {

    private SlaScans() {}

    public static int runOnce(ApplicationContext context) {
        return context.getBean(SlaScan.class).scan();
    }
}
