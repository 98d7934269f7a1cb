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
     * The module canvases (what each module exposes, its events and beans) and the C4 component diagrams
     * (PlantUML), committed in {@code docs/modules} so a newcomer can see the modules without running anything.
     * The output has no timestamps, and the diagrams' elements and relations (which the documenter emits in no
     * fixed order) are sorted, so re-running it changes nothing unless the modules changed.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            files.filter(f -> f.toString().endsWith(".puml")).forEach(ModularityTests::sortElementsAndRelations);
        }
    }

    /** Sorts each run of consecutive {@code Component(…)} or {@code Rel(…)} lines; PlantUML reads them in any order. */
    private static void sortElementsAndRelations(Path diagram) {
        try {
            List<String> lines = Files.readAllLines(diagram);
            List<String> sorted = new ArrayList<>();
            List<String> run = new ArrayList<>();
            String runKind = null;
            for (String line : lines) {
                String kind = kind(line);
                if (runKind != null && !runKind.equals(kind)) {
                    sorted.addAll(run.stream().sorted().toList());
                    run.clear();
                }
                runKind = kind;
                if (kind == null) {
                    sorted.add(line);
                } else {
                    run.add(line);
                }
            }
            sorted.addAll(run.stream().sorted().toList());
            Files.write(diagram, sorted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("Rel(")) {
            return "Rel";
        }
        if (trimmed.startsWith("Component(")) {
            return "Component";
        }
        return null;
    }
}
