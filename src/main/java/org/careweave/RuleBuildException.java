package org.careweave;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be used: every problem found (compiler errors, malformed table rows, rules that break the
 * conventions {@code validate} enforces), each as {@code rules/<file>:<line>: <message>}. The command line exits 1
 * on it; a hot reload that meets it keeps the last good rules.
 */
public class RuleBuildException extends CareweaveException {

    /** Every problem found. */
    private final List<RuleProblem> problems;

    /**
     * @param problems every problem found, in file and line order
     */
    public RuleBuildException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, unmodifiable, at least one
     */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** {@inheritDoc} */
    @Override
    public int exitCode() {
        return 1;
    }
}
