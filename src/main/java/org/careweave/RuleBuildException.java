package org.careweave;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used: every problem found, each as {@code rules/<file>:<line>: <message>}. */
public class RuleBuildException extends CareweaveException {

    private final List<RuleProblem> problems;

    public RuleBuildException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    /** {@inheritDoc} */
    @Override
    public int exitCode() {
        return 1;
    }
}
