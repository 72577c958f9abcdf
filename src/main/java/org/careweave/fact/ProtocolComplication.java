package org.careweave.fact;

/**
 * Conclusion: a complication after the surgery whose protocol the plan precaution {@code precaution} states, found in
 * the operated region ({@code rules/plan/aftercare.drl}): after carpal tunnel release, stiffness, severe pain or a
 * marked loss of strength of the hand or wrist calls for supervised therapy in place of the home programme alone.
 *
 * @param precaution the plan precaution of the protocol, e.g. {@code carpal-tunnel-release}
 * @param because    the complication in words, as the schedule's reason gives it
 */
public record ProtocolComplication(String precaution, String because) {}
