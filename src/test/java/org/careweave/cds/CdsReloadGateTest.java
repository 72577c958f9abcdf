package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.careweave.RuleProblem;
import org.careweave.TestRules;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleWatcher;
import org.careweave.toolkit.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows the CDS service needs of {@code fhir-cds-cards.csv} (the no-coverage card's) are part of what validate
 * and the hot-reload gate check. Before, a reload that deleted the row compiled, passed the gate and was installed;
 * every hook call then failed with 500 while {@code /health} said UP.
 */
class CdsReloadGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CARDS = "tables/fhir-cds-cards.csv";
    private static final String MISSING = "no row patient-view,no-coverage with indicator (info, warning or "
            + "critical), summary and detail: the card patient-view shows when the request has no coverage";

    @TempDir
    Path tmp;

    private static String withoutNoCoverageRow(String table) {
        String row = table.lines().filter(l -> l.startsWith("patient-view,no-coverage,")).findFirst().orElseThrow();
        return table.replace(row + "\n", "");
    }

    @Test
    void aReloadThatDeletesTheNoCoverageRowIsRefusedAndTheCallsStillAnswer() throws Exception {
        Path rules = tmp.resolve("rules");
        TestRules.copyTree(TestRules.RULES, rules);
        Planner planner = Planner.fromDirectory(rules);
        CdsService service = new CdsService(planner.toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        prefetch.putNull("coverage"); // the call that needs the row: its card says the thresholds were not checked
        String request = CdsServiceHttpTest.request("patient-view", prefetch).toString();
        CdsService.Response before = service.call(CdsService.PATIENT_VIEW, request);
        assertEquals(200, before.status(), before.json());
        assertTrue(before.json().contains("No active coverage on file"), before.json());
        String version = planner.rules().version();

        BlockingQueue<List<RuleProblem>> failures = new LinkedBlockingQueue<>();
        BlockingQueue<RuleSet> reloads = new LinkedBlockingQueue<>();
        RuleWatcher.Listener listener = new RuleWatcher.Listener() {
            @Override
            public void reloaded(RuleSet set) {
                reloads.add(set);
                service.reloaded();
            }

            @Override
            public void failed(String failedVersion, List<RuleProblem> problems) {
                failures.add(problems);
                service.reloadFailed(problems);
            }
        };
        try (RuleWatcher watcher = planner.watch(rules, Duration.ofMillis(50), listener)) {
            Fixture.write(rules, CARDS, withoutNoCoverageRow(Files.readString(rules.resolve(CARDS))));
            List<RuleProblem> problems = failures.poll(300, TimeUnit.SECONDS);
            assertNotNull(problems, "the reload was not refused");
            assertEquals(List.of(MISSING), problems.stream().map(RuleProblem::message).toList());
            assertTrue(problems.get(0).file().endsWith(CARDS), problems.toString());
            assertTrue(reloads.isEmpty(), "nothing installed");
        }
        assertEquals(version, planner.rules().version(), "the last good rules serve");
        CdsService.Response after = service.call(CdsService.PATIENT_VIEW, request);
        assertEquals(before, after, "the same cards, from the same rules");
        String health = service.health();
        assertTrue(JSON.readTree(health).path("reload").asText().contains("fhir-cds-cards.csv"), health);
    }

    @Test
    void validateSaysTheRowIsMissing() {
        Path rules = Fixture.write(tmp.resolve("rules"));
        Fixture.write(rules, CARDS, withoutNoCoverageRow(Fixture.CDS_CARDS));
        Fixture.Cli r = Fixture.run("validate", "--rules", rules.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> lines = Arrays.stream(r.err().split("\\R")).filter(l -> !l.isBlank()).toList();
        assertEquals(List.of(rules + "/" + CARDS + ": " + MISSING, "1 error(s), 0 warning(s)"), lines);
    }
}
