package org.careweave;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A FHIR Bundle that cannot become a careweave case: every problem found (not only the first), each naming the
 * resource and the FHIRPath of the element. {@link #pointer()} is the FHIRPath of the first problem, prefixed
 * with its bundle entry ({@code Bundle.entry[3].resource.code}). The CLI exits 2 on it, the CDS service answers 400.
 */
public class FhirInputException extends InputException {

    /** Every problem, in bundle order. */
    private final List<FhirProblem> problems;

    /**
     * @param problems every problem found, in bundle order
     */
    public FhirInputException(List<FhirProblem> problems) {
        super(pointerOf(problems), "");
        this.problems = List.copyOf(problems);
    }

    /** {@code Bundle.entry[3].resource.code} for {@code Observation.code} in entry 3. */
    private static String pointerOf(List<FhirProblem> problems) {
        if (problems.isEmpty()) {
            return "Bundle";
        }
        FhirProblem first = problems.get(0);
        int dot = first.path().indexOf('.');
        String inResource = dot < 0 ? "" : first.path().substring(dot);
        return first.entry().startsWith("Bundle.entry") ? first.entry() + ".resource" + inResource : first.path();
    }

    /**
     * Every problem, in bundle order.
     *
     * @return the problems, unmodifiable
     */
    public List<FhirProblem> problems() {
        return problems;
    }

    /** The message lists at most this many problems (all stay in {@link #problems()}). */
    public static final int LISTED = 20;

    /**
     * Every problem on its own line, after a count.
     *
     * @return {@code <n> problem(s) reading the FHIR bundle:} and one indented line per problem, at most
     *         {@link #LISTED} of them, then {@code ... and <m> more}
     */
    @Override
    public String getMessage() {
        String listed = problems.stream().limit(LISTED).map(FhirProblem::toString)
                .collect(Collectors.joining("\n  "));
        return problems.size() + " problem(s) reading the FHIR bundle:\n  " + listed
                + (problems.size() > LISTED ? "\n  ... and " + (problems.size() - LISTED) + " more" : "");
    }
}
