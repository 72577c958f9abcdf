package org.careweave;

/**
 * The rules ran but could not give a sound plan: a rule kept firing past the limit, two rules gave one problem
 * two leads, or a required decision is missing. The message names the rules involved. No partial plan is
 * returned.
 */
public class PlanningException extends CareweaveException {

    /**
     * @param message what went wrong, naming the rules (and their files) involved; no case data
     */
    public PlanningException(String message) {
        super(message);
    }

    /** {@inheritDoc} */
    @Override
    public int exitCode() {
        return 1;
    }
}
