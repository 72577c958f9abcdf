package org.careweave.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.InputException;
import org.careweave.PlanningException;
import org.careweave.internal.batch.CaseGenerator;
import org.careweave.internal.engine.Planner;
import org.careweave.io.CaseReader;

/** The inputs benchmarks plan: the bundled examples, or a generated realistic mix. Only cases the rules plan. */
public final class Workloads {

    private Workloads() {}

    /** One input as JSON text (one line). */
    public record Input(String name, String json) {}

    public static List<Input> load(String workload, Planner planner) {
        List<Input> raw = switch (workload) {
            case "examples" -> examples();
            case "mix" -> mix(64);
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        };
        List<Input> plannable = new ArrayList<>();
        int rejected = 0;
        for (Input in : raw) {
            try {
                planner.plan(CaseReader.read(in.json()));
                plannable.add(in);
            } catch (InputException | PlanningException e) {
                rejected++;
            }
        }
        if (plannable.isEmpty()) {
            throw new IllegalStateException("no " + workload + " case could be planned by these rules");
        }
        System.err.printf("workload %s: %d cases (%d dropped: the rules cannot plan them)%n", workload,
                plannable.size(), rejected);
        return plannable;
    }

    /**
     * Every {@code examples/*.json} (not {@code *.expected.json}) that parses; the contract's sample case when
     * there are none (a branch without examples).
     */
    static List<Input> examples() {
        List<Input> out = new ArrayList<>();
        Path dir = Path.of("examples");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (!name.endsWith(".json") || name.endsWith(".expected.json")) {
                        continue;
                    }
                    String text = Files.readString(p);
                    try {
                        CaseReader.read(text);
                        out.add(new Input(name, oneLine(text)));
                    } catch (InputException ignored) {
                        // not a case (or deliberately bad): not part of the example mix
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            try (InputStream in = Workloads.class.getResourceAsStream("contract-sample.json")) {
                out.add(new Input("contract-sample", oneLine(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static List<Input> mix(int n) {
        CaseGenerator gen = CaseGenerator.realisticMix(20261120L);
        List<Input> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Input("mix-" + i, gen.next("mix-" + i)));
        }
        return out;
    }

    private static String oneLine(String json) {
        return CaseReaderHolder.compact(json);
    }

    /** Re-serialises JSON on one line (what an NDJSON batch carries). */
    static final class CaseReaderHolder {
        private static final com.fasterxml.jackson.databind.ObjectMapper M =
                new com.fasterxml.jackson.databind.ObjectMapper();

        static String compact(String json) {
            try {
                return M.readTree(json).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
