package io.worktrackr;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails the build when a module reaches into another's internals or depends on a module it may not. */
class ModularityTests {

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        ApplicationModules.of(WorktrackrApplication.class).verify();
    }
}
