package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careweave.FhirInputException;
import org.careweave.FhirProblem;
import org.careweave.InputException;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Bad FHIR input is refused, located and not echoed. 4,000 mutants of the FHIR bundles careweave reads (the five
 * fixtures and the bundles {@link CaseBundles} writes for the examples; seeded, so a failure reproduces): each is
 * either read as a case that then plans, or refused with a {@link FhirInputException} whose every problem names the
 * resource, its bundle entry and a FHIRPath starting at the resource type, in a bounded message with no control
 * characters that never contains the planted marker {@value #MARK} (every hostile string carries it, so an echoed
 * value shows) except as a resource id of FHIR id syntax, which locates the resource as an entry index does.
 * Nothing else may escape: no other exception, no rules failure on a case the reader accepted.
 */
class FhirInputFuzzTest {

    private static final int MUTANTS = 4_000;
    static final String MARK = JsonMutants.MARK;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A FHIRPath as careweave writes them: from the resource type (or Bundle), then elements, indexes, calls. */
    private static final Pattern FHIRPATH = Pattern.compile("[A-Z][A-Za-z]*(\\.[A-Za-z\\[\\]0-9().'_:/\\-]+)*");
    private static final Pattern FHIR_ID = Pattern.compile("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern ELEMENT = Pattern.compile("'[A-Za-z_][A-Za-z0-9_]{0,63}'");
    private static final Pattern ENTRY = Pattern.compile("Bundle(\\.entry\\[\\d+\\])?");
    private static final Pattern RESOURCE = Pattern.compile("([A-Z][A-Za-z]+(/[!-~]{1,100})?|entry \\d+)");

    static List<JsonNode> corpus(FhirMapping map) throws Exception {
        List<JsonNode> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples/fhir"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bundle.json")).sorted().toList()) {
                corpus.add(JSON.readTree(f.toFile()));
            }
        }
        for (Path p : FhirValidationTest.exampleCases()) {
            Case c = CaseReader.read(p);
            if (CaseBundles.unsupported(c).isEmpty()) {
                corpus.add(JSON.readTree(CaseBundles.json(c, map)));
            }
        }
        return corpus;
    }

    @Test
    void everyMutantIsReadAndPlannedOrRefusedWithResourceAndFhirPathAndNoEcho() throws Exception {
        FhirMapping map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
        List<JsonNode> corpus = corpus(map);
        Random random = new Random(20261201L);
        int planned = 0;
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String input = JsonMutants.mutant(corpus.get(random.nextInt(corpus.size())).deepCopy(), random);
            Case c;
            try {
                c = BundleReader.read(input, map, null, null);
            } catch (FhirInputException e) {
                check(e, i);
                refused++;
                continue;
            } catch (RuntimeException e) {
                fail("mutant " + i + ": " + e + "\n" + (input.length() < 6000 ? input : input.substring(0, 6000)), e);
                return;
            }
            try {
                String plan = PlanWriter.json(TestRules.planner().plan(c));
                assertTrue(plan.contains("\"disciplines\""), plan);
                planned++;
            } catch (InputException e) {
                // The planner checks what the FHIR reader leaves to it (vocabulary, cross-field rules): located too
                assertFalse(e.getMessage().contains(MARK), "mutant " + i + " echoes: " + e.getMessage());
                refused++;
            }
        }
        assertEquals(MUTANTS, planned + refused);
        assertTrue(refused > MUTANTS / 2 && planned > MUTANTS / 20, "planned " + planned + ", refused " + refused);
        System.out.printf("fhir fuzz: %d mutants, %d planned, %d refused%n", MUTANTS, planned, refused);
    }

    static void check(FhirInputException e, int i) {
        String message = e.getMessage();
        assertTrue(message.chars().noneMatch(ch -> (ch < 0x20 && ch != '\n') || ch == 0x202E),
                "mutant " + i + ": control characters in " + message);
        assertFalse(e.problems().isEmpty(), "mutant " + i);
        assertTrue(message.length() <= 25 * (InputException.MAX_MESSAGE + 100), "mutant " + i + ": " + message.length());
        for (FhirProblem p : e.problems()) {
            // HAPI names an element it does not know ('Q7SECRETfullUrl' where a mutant glued the marker to a name)
            java.util.regex.Matcher named = ELEMENT.matcher(p.message());
            String name = named.find() ? named.group().substring(1, named.group().length() - 1) : null;
            String said = p.message().replace("'" + name + "'", "");
            String path = name == null ? p.path() : p.path().replace("." + name, "");
            assertFalse((p.entry() + path + said).contains(MARK), "mutant " + i + " echoes input: " + p);
            // a resource is named by its id when the id has FHIR's id syntax: a location, like an entry index
            assertTrue(!p.resource().contains(MARK) || FHIR_ID.matcher(p.resource()).matches(),
                    "mutant " + i + " echoes input: " + p);
            assertTrue(RESOURCE.matcher(p.resource()).matches() || "Bundle".equals(p.resource()),
                    "mutant " + i + ": resource " + p);
            assertTrue(ENTRY.matcher(p.entry()).matches(), "mutant " + i + ": entry " + p);
            assertTrue(FHIRPATH.matcher(p.path()).matches(), "mutant " + i + ": FHIRPath " + p);
        }
        assertTrue(e.pointer().startsWith("Bundle"), e.pointer());
    }
}
