package org.careweave;

/**
 * The one family of exceptions careweave throws on purpose; unchecked, with a message fit to show a user (it names
 * a place, never a patient's values). Catch this to handle them all, or a subclass by the CLI exit code it maps to:
 * <ul>
 *   <li>{@link InputException} (and {@link FhirInputException}): the case is not valid input, located by a JSON
 *       pointer or a FHIRPath; exit code 2.</li>
 *   <li>{@link RuleBuildException}: the rules cannot be used, each problem at {@code rules/<file>:<line>}; exit
 *       code 1.</li>
 *   <li>{@link PlanningException}: the rules ran on a valid case but gave no sound plan; exit code 1.</li>
 * </ul>
 * No partial plan is ever returned alongside one.
 */
public abstract class CareweaveException extends RuntimeException {

    /**
     * @param message what went wrong and where, already fit to print
     */
    protected CareweaveException(String message) {
        super(message);
    }

    /**
     * The exit code the {@code careweave} command line gives for this failure: 2 for bad input, 1 for rules that
     * cannot be built or cannot plan.
     *
     * @return 1 or 2
     */
    public abstract int exitCode();
}
