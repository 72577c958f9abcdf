package org.careweave.internal.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Scenarios that cannot be run as written, every one named by file and JSON pointer. */
public class ScenarioException extends RuntimeException {

    private final List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
