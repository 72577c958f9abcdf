package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/**
 * How many of a line's units were furnished in whole or in part by an assistant and so carry {@code modifier}
 * (CQ for a PT assistant, CO for an OT assistant). The plan bills them on a line of their own (same date,
 * discipline and code, the modifier added); 0 means every unit is the therapist's. Read by the plan.
 */
public record AssistantUnits(Line line, String modifier, int units, String because) implements Explained {}
