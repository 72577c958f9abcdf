package org.careweave.internal.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.InputException;
import org.careweave.internal.engine.Vocabularies;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.model.Vocabulary;

/**
 * Finds scenarios in a folder (and its subfolders): every {@code NAME.expected.json} with its case
 * {@code NAME.json} beside it. A {@code NAME.json} without an expectation is an ordinary example, not a scenario.
 */
public final class ScenarioLoader {

    private static final String SUFFIX = ".expected.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScenarioLoader() {}

    /** The scenarios that can be run and the problems of those that cannot. */
    public record Suite(List<Scenario> scenarios, List<ScenarioProblem> problems, List<Path> leaving) {

        /** A suite with no symbolic link left unfollowed. */
        public Suite(List<Scenario> scenarios, List<ScenarioProblem> problems) {
            this(scenarios, problems, List.of());
        }
    }

    /** Every scenario of a folder; throws {@link ScenarioException} naming every malformed one. */
    public static List<Scenario> load(Path dir) {
        Suite suite = read(dir);
        if (!suite.problems().isEmpty()) {
            throw new ScenarioException(suite.problems());
        }
        return suite.scenarios();
    }

    /** Reads every scenario of a folder against the bundled vocabularies (see {@link #read(Path, Vocabulary)}). */
    public static Suite read(Path dir) {
        return read(dir, org.careweave.internal.engine.Vocabularies.bundled());
    }

    /**
     * Reads every scenario of a folder, collecting the problems of malformed ones instead of stopping; cases are
     * checked against {@code vocabulary} (the tables of the rules the scenarios will run on).
     */
    public static Suite read(Path dir, org.careweave.model.Vocabulary vocabulary) {
        List<ScenarioProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new ScenarioProblem(dir, "", "not a directory"));
            return new Suite(List.of(), problems);
        }
        List<Path> expectations;
        Path real;
        try (Stream<Path> files = Files.walk(dir)) {
            real = dir.toRealPath();
            expectations = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new ScenarioProblem(dir, "", "cannot list scenarios: " + e.getMessage()));
            return new Suite(List.of(), problems);
        }
        List<Scenario> out = new ArrayList<>();
        // a symbolic link under the folder whose target is outside it (an expectation or a case elsewhere) is not
        // followed: its scenario is skipped and the link named for the caller to say once (bill42, as diff since D10)
        List<Path> leaving = new ArrayList<>();
        for (Path expectation : expectations) {
            String file = expectation.getFileName().toString();
            String name = file.substring(0, file.length() - SUFFIX.length());
            Path caseFile = expectation.resolveSibling(name + ".json");
            boolean out1 = leadsOut(expectation, real);
            boolean out2 = leadsOut(caseFile, real);
            if (out1 || out2) {
                if (out1) {
                    leaving.add(expectation);
                }
                if (out2) {
                    leaving.add(caseFile);
                }
                continue;
            }
            int before = problems.size();
            JsonNode expected = null;
            try {
                expected = MAPPER.readTree(expectation.toFile());
                ExpectationShape.check(expected).forEach(
                        p -> problems.add(new ScenarioProblem(expectation, p[0], p[1])));
            } catch (JsonProcessingException e) {
                problems.add(new ScenarioProblem(expectation, "", malformed(e)));
            } catch (IOException e) {
                problems.add(new ScenarioProblem(expectation, "", "cannot read: " + e.getMessage()));
            }
            org.careweave.model.Case input = null;
            try {
                input = CaseReader.read(caseFile, vocabulary);
            } catch (NoSuchFileException e) {
                problems.add(new ScenarioProblem(caseFile, "", "no such file (the case of " + file + ")"));
            } catch (InputException all) {
                // each error of the case at its pointer, as plan lists them
                for (InputException e : all.errors()) {
                    String message = e.getMessage();
                    String prefix = (e.pointer().isEmpty() ? "/" : e.pointer()) + ": ";
                    problems.add(new ScenarioProblem(caseFile, e.pointer(),
                            message.startsWith(prefix) ? message.substring(prefix.length()) : message));
                }
                if (all.moreErrors() > 0) {
                    problems.add(new ScenarioProblem(caseFile, "", "... and " + all.moreErrors() + " more error(s)"));
                }
            } catch (IOException e) {
                problems.add(new ScenarioProblem(caseFile, "", "cannot read: " + e.getMessage()));
            }
            if (problems.size() == before) {
                out.add(new Scenario(name, caseFile, input, expected));
            }
        }
        return new Suite(out, problems, List.copyOf(leaving));
    }

    private static String malformed(JsonProcessingException e) {
        return org.careweave.internal.io.JsonInput.describe(e);
    }

    /** Whether {@code p} is a symbolic link whose target lies outside the folder whose real path is {@code real}. */
    private static boolean leadsOut(Path p, Path real) {
        try {
            return Files.isSymbolicLink(p) && Files.exists(p) && !p.toRealPath().startsWith(real);
        } catch (IOException e) {
            return false;
        }
    }
}
