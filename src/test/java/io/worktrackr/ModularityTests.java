package io.worktrackr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build when a module reaches into another's internals (anything outside its root package) or
 * depends on a module it may not; and writes the modules' documentation to {@code docs/modules}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(WorktrackrApplication.class);
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    /**
     * Notifications only listen: no module may depend on it (it may go away or be replaced without touching others).
     * The one exception is {@code live}, which listens to everything (docs/architecture.md) and turns notifications'
     * {@code NotificationArrived} into the bell's live count; it uses nothing else of notifications.
     */
    @Test
    void noModuleDependsOnNotifications() {
        var notifications = MODULES.getModuleByName("notifications").orElseThrow();
        MODULES.stream()
                .filter(module -> !module.equals(notifications))
                .filter(module -> !module.getName().equals("live"))
                .forEach(module -> org.assertj.core.api.Assertions.assertThat(
                                module.getDirectDependencies(MODULES).containsModuleNamed("notifications"))
                        .as("%s depends on notifications", module.getName())
                        .isFalse());
    }

    /**
     * The module canvases (what each module exposes, its events and beans) and the C4 component diagrams
     * (PlantUML), committed in {@code docs/modules} so a newcomer can see the modules without running anything.
     * The output has no timestamps, and the diagrams' elements and relations (which the documenter emits in no
     * fixed order) are sorted, so re-running it changes nothing unless the modules changed.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            files.forEach(ModularityTests::sortUnorderedLines);
        }
    }

    /**
     * Sorts what the documenter writes in no fixed order: each run of consecutive {@code Component(…)} or
     * {@code Rel(…)} lines of a diagram, each bullet list of a canvas (a first item may carry the table cell's
     * {@code |}). PlantUML and AsciiDoc read them in any order.
     */
    private static void sortUnorderedLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> sorted = new ArrayList<>();
            int i = 0;
            while (i < lines.size()) {
                String kind = kind(lines.get(i), true);
                if (kind == null) {
                    sorted.add(lines.get(i++));
                    continue;
                }
                boolean cell = lines.get(i).startsWith("|");
                List<String> run = new ArrayList<>();
                run.add(cell ? lines.get(i).substring(1) : lines.get(i));
                i++;
                while (i < lines.size() && kind.equals(kind(lines.get(i), false))) {
                    run.add(lines.get(i++));
                }
                run.sort(null);
                if (cell) {
                    run.set(0, "|" + run.get(0));
                }
                sorted.addAll(run);
            }
            Files.write(file, sorted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(String line, boolean first) {
        String trimmed = line.strip();
        if (trimmed.startsWith("Rel(")) {
            return "Rel";
        }
        if (trimmed.startsWith("Component(")) {
            return "Component";
        }
        if (line.startsWith("* ") || (first && line.startsWith("|* "))) {
            return "item";
        }
        return null;
    }
}
