package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.careweave.RuleProblem;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;

/**
 * {@code /health} after a hot reload that failed (hostile-user trial: it stayed a plain UP, saying nothing of the
 * folder holding rules that were not loaded). Still UP, with the serving version and what failed, until a reload
 * succeeds.
 */
class CdsHealthTest {

    @Test
    void aFailedReloadIsSaidUntilAReloadSucceeds() throws Exception {
        CdsService service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-12-01T15:02:03.456Z"), ZoneOffset.UTC));
        String version = service.rulesVersion();
        assertEquals("{\"status\":\"UP\",\"rules\":\"" + version + "\"}", service.health());

        service.reloadFailed(List.of(new RuleProblem("rules/billing/kx.drl", 14, "no viable alternative"),
                new RuleProblem("rules/tables/fees.csv", 3, "not a number")));
        var health = new ObjectMapper().readTree(service.health());
        assertEquals("UP", health.get("status").asText());
        assertEquals(version, health.get("rules").asText(), "the last good rules still serve");
        assertEquals("reload failed at 2026-12-01T15:02:03Z: rules/billing/kx.drl:14 and 1 more; the last good "
                + "rules serve", health.get("reload").asText());

        service.reloadFailed(List.of(new RuleProblem("rules/", 0, "cannot read rules")));
        assertEquals("reload failed at 2026-12-01T15:02:03Z: rules/; the last good rules serve",
                new ObjectMapper().readTree(service.health()).get("reload").asText());

        service.reloaded();
        assertEquals("{\"status\":\"UP\",\"rules\":\"" + version + "\"}", service.health());
    }
}
