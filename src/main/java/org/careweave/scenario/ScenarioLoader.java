package org.careweave.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.io.CaseReader;
import org.careweave.io.InputException;

/** Finds scenarios in a folder: every {@code NAME.expected.json} with its case {@code NAME.json} beside it. */
public final class ScenarioLoader {

    private static final String SUFFIX = ".expected.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScenarioLoader() {}

    public static List<Scenario> load(Path dir) {
        List<Path> expectations;
        try (Stream<Path> files = Files.walk(dir)) {
            expectations = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenarios in " + dir, e);
        }
        List<Scenario> out = new ArrayList<>();
        for (Path expectation : expectations) {
            String file = expectation.getFileName().toString();
            String name = file.substring(0, file.length() - SUFFIX.length());
            Path caseFile = expectation.resolveSibling(name + ".json");
            try {
                JsonNode expected = MAPPER.readTree(expectation.toFile());
                out.add(new Scenario(name, caseFile, CaseReader.read(caseFile), expected));
            } catch (InputException e) {
                throw new InputException(e.pointer(), caseFile + ": " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(expectation + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
