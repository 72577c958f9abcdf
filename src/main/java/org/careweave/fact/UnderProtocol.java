package org.careweave.fact;

/**
 * Conclusion: the case is under the protocol after surgery or injury {@code precaution}: a condition is recorded
 * with the code of its surgery or injury, within the protocol's weeks ({@code aftercare.csv}, a row of that
 * precaution holds). Concluded once per protocol ({@code rules/plan/aftercare.drl}), so the rules that make its
 * precaution the plan's and find the disciplines treating the operated part start from it, on the few plans with
 * a protocol, instead of from every {@code aftercare.csv} row on every plan.
 *
 * @param precaution the plan precaution of the protocol, e.g. {@code carpal-tunnel-release}
 */
public record UnderProtocol(String precaution) {}
