package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.careweave.PlanningException;
import org.careweave.TestRules;
import org.careweave.internal.batch.CaseGenerator;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Golden master for rule tuning: every example case and 240 generated cases must plan to exactly the JSON the
 * rules gave when the golden file was written (trace off; {@code rules.version} left out because it is a hash of
 * the rules and changes with any edit). A case the rules cannot plan must fail with the same message.
 *
 * <p>Regenerate only on purpose (a deliberate behaviour change), never to make a tuning change pass:
 * {@code mvn -q -B test -Dtest=GoldenPlansTest -Dgolden.write=true}.
 */
class GoldenPlansTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/plans.ndjson.gz");

    /** Case id -> case JSON, in a fixed order. */
    static Map<String, String> cases() throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(TestRules.EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                cases.put("examples/" + f.getFileName(), Files.readString(f));
            }
        }
        CaseGenerator mix = CaseGenerator.realisticMix(20261123L);
        for (int i = 0; i < 160; i++) {
            cases.put("mix-" + i, mix.next("mix-" + i));
        }
        CaseGenerator small = new CaseGenerator(424242L, 6, 2, 5);
        for (int i = 0; i < 80; i++) {
            cases.put("small-" + i, small.next("small-" + i));
        }
        return cases;
    }

    /** One golden line (gzipped NDJSON: the plans are ~10 MB as text): the case id and either its plan (without rules.version) or the planning error. */
    static String line(String id, String json) {
        ObjectNode out = PlanWriter.mapper().createObjectNode();
        out.put("case", id);
        Case c = CaseReader.read(json);
        try {
            JsonNode plan = PlanWriter.mapper().readTree(PlanWriter.jsonLine(TestRules.planner().plan(c)));
            JsonNode rules = plan.get("rules");
            if (rules instanceof ObjectNode r) {
                r.remove("version");
            }
            out.set("plan", plan);
        } catch (PlanningException e) {
            out.put("error", e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 200);
        return "\n golden: ..." + a.substring(from, Math.min(a.length(), i + 200))
                + "\n actual: ..." + b.substring(from, Math.min(b.length(), i + 200));
    }

    @Test
    void everyCasePlansExactlyAsTheGoldenFileSays() throws IOException {
        Map<String, String> cases = cases();
        List<String> actual = new ArrayList<>();
        cases.forEach((id, json) -> actual.add(line(id, json)));
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN.getParent());
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(GOLDEN)),
                    StandardCharsets.UTF_8)) {
                for (String l : actual) {
                    w.write(l);
                    w.write('\n');
                }
            }
        }
        List<String> golden;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(GOLDEN)), StandardCharsets.UTF_8))) {
            golden = r.lines().toList();
        }
        assertEquals(golden.size(), actual.size(), "number of golden cases");
        int planned = 0;
        for (int i = 0; i < golden.size(); i++) {
            if (!golden.get(i).equals(actual.get(i))) {
                assertEquals(golden.get(i), actual.get(i), "case " + cases.keySet().toArray()[i] + " differs at: "
                        + firstDifference(golden.get(i), actual.get(i)));
            }
            if (!golden.get(i).contains("\"error\":")) {
                planned++;
            }
        }
        assertTrue(planned > 200, "too few golden cases plan: " + planned);
    }
}
