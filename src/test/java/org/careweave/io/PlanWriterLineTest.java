package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.batch.CaseGenerator;
import org.careweave.internal.engine.Planner;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * PlanWriter.jsonLine writes into a buffer each thread keeps; the text must be what the mapper's own
 * writeValueAsString gives, whatever line came before (longer, shorter, with characters outside Latin-1, or one
 * too large for the buffer to be kept).
 */
class PlanWriterLineTest {

    @Test
    void everyLineIsTheMappersTextWhateverCameBefore() throws Exception {
        Planner planner = TestRules.planner();
        List<CarePlan> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && !name.endsWith(".expected.json")) {
                    try {
                        plans.add(planner.plan(CaseReader.read(Files.readString(p))));
                    } catch (RuntimeException notPlannable) {
                        // a deliberately bad example: not a plan to write
                    }
                }
            }
        }
        CaseGenerator gen = CaseGenerator.realisticMix(15L);
        CarePlan traced = null;
        for (int i = 0; traced == null || i < 8; i++) {
            try {
                CarePlan p = planner.plan(CaseReader.read(gen.next("line-" + i)), i == 0 || traced == null);
                plans.add(p);
                if (traced == null && p.trace() != null) {
                    traced = p;
                }
            } catch (RuntimeException notPlannable) {
                // a generated case the rules refuse
            }
        }
        // a line with characters outside Latin-1 (the buffer then holds UTF-16), then Latin-1 lines again
        CarePlan first = plans.get(0);
        plans.add(1, new CarePlan("fall risk \u2265 2 \u2192 \u65e5\u672c \ud83d\ude00", first.rules(),
                first.disciplines(), first.problems(), first.goals(), first.interventions(), first.schedule(),
                first.precautions(), first.discharge(), first.claims(), first.alerts(), first.trace()));
        assertTrue(plans.size() > 50, "plans written: " + plans.size());
        String big = PlanWriter.mapper().writeValueAsString(traced);
        assertTrue(big.length() > (1 << 18), "the traced plan should be larger than the kept buffer: " + big.length());
        // forwards, backwards, and each after the largest
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < plans.size(); i++) {
                CarePlan p = plans.get(round == 0 ? i : plans.size() - 1 - i);
                assertEquals(PlanWriter.mapper().writeValueAsString(p), PlanWriter.jsonLine(p));
                assertEquals(big, PlanWriter.jsonLine(traced));
            }
        }
    }
}
