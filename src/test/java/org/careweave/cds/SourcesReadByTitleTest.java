package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.fhir.BundleWriter;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * What a clinician reads in a CDS card or a FHIR Provenance cites its sources by title, as the text and HTML plans
 * do: a seed article's file id ({@code 002_0d7985077083f547.txt}) never reaches them, nor the JSON plan (int41: a
 * reader could not find the article by its file key; the rules keep citing the id, sources.csv gives the title).
 */
class SourcesReadByTitleTest {

    /** A seed article's file name, as the rules cite it. */
    private static final Pattern SEED_ID = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
    private static final FhirMapping MAP = CdsFhirValidityTest.MAP;

    private static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(TestRules.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    @Test
    void cardsAndProvenanceCiteTitlesNotSeedFileIds() throws Exception {
        List<String> leaks = new ArrayList<>();
        int seedCitedInPlans = 0;
        int titledCards = 0;
        int titledProvenance = 0;
        for (Path p : examples()) {
            Case c = CaseReader.read(p);
            CarePlan plan = TestRules.planner().plan(c);
            StringBuilder cards = new StringBuilder(CdsCards.patientView(plan, MAP).toString());
            for (String signing : List.of("pt", "ot")) {
                cards.append(CdsCards.orderSign(plan, Set.of(signing), Set.of(), "Patient/p-1", MAP));
            }
            String bundle = BundleWriter.json(c, plan, MAP);
            String json = org.careweave.io.PlanWriter.json(plan);
            leak(leaks, p + " card", cards.toString());
            leak(leaks, p + " FHIR", bundle);
            leak(leaks, p + " JSON plan", json);
            if (json.contains("Ivy Rehab Network") || json.contains("EvergreenHealth")
                    || json.contains("Salus University")) {
                seedCitedInPlans++;
                titledCards += cards.indexOf("Ivy Rehab Network") >= 0 || cards.indexOf("EvergreenHealth") >= 0
                        || cards.indexOf("Salus University") >= 0 ? 1 : 0;
                titledProvenance += bundle.contains("Ivy Rehab Network") || bundle.contains("EvergreenHealth")
                        || bundle.contains("Salus University") ? 1 : 0;
            }
        }
        assertEquals(List.of(), leaks, "cite sources through RuleSet.cite / FhirMapping.source (ReportLabels.source)");
        // the seed articles are still cited, by title: the check above is not passing because sources vanished
        assertTrue(seedCitedInPlans >= 20, "plans citing a seed article: " + seedCitedInPlans);
        assertEquals(seedCitedInPlans, titledProvenance, "bundles naming a seed article by title");
        assertTrue(titledCards >= seedCitedInPlans / 2, "cards naming a seed article by title: " + titledCards);
    }

    @Test
    void aCardsSourceLabelAndDetailReadTheTitle() throws Exception {
        CarePlan plan = TestRules.planner().plan(CaseReader.read(TestRules.EXAMPLES.resolve("hip-replacement.json")));
        JsonNode card = CdsCards.orderSign(plan, Set.of("pt"), Set.of(), "Patient/p-1", MAP).get(0);
        String why = plan.discipline("ot").reasons().get(0).source();
        assertTrue(!SEED_ID.matcher(why).find(), "the JSON plan names the article, not its file key: " + why);
        assertTrue(card.path("detail").asText().contains("source: " + MAP.source(why)), card.toPrettyString());
        assertEquals(CdsCards.summary("careweave: " + MAP.source(why)), card.path("source").path("label").asText());
    }

    /**
     * int41: the JSON plan's sources named seed articles by the file key they were stored under. The rule
     * of indication/from-problems.drl and split/resolve.drl cite
     * {@code 002_0d7985077083f547.txt: OT and PT split the load ...}; sources.csv's row for that id gives the
     * Salus University article's title, which is what the plan now says in the id's place.
     */
    @Test
    void theJsonPlanNamesAnArticleByItsCatalogueTitle() throws Exception {
        CarePlan plan = TestRules.planner().plan(CaseReader.read(TestRules.EXAMPLES.resolve("hip-replacement.json")));
        String json = org.careweave.io.PlanWriter.json(plan);
        assertTrue(json.contains("Salus University Occupational Therapy Institute, \\\"OT vs. PT - What's the"
                + " Difference?\\\": OT and PT split the load"), json);
        assertTrue(!SEED_ID.matcher(json).find(), json);
    }

    @Test
    void theCardTableCitesTitles() {
        for (FhirMapping.CdsCard row : MAP.cdsCards()) {
            assertTrue(!SEED_ID.matcher(row.source()).find(), "fhir-cds-cards.csv: " + row);
            assertTrue(!SEED_ID.matcher(MAP.cardSource(row.hook(), row.kind())).find(), row.toString());
        }
    }

    private static void leak(List<String> leaks, String where, String text) {
        Matcher m = SEED_ID.matcher(text);
        if (m.find()) {
            leaks.add(where + ": " + m.group());
        }
    }
}
