package org.careweave.fact;

/**
 * Conclusion: {@code discipline} leads a problem of the part of the body a protocol after surgery or injury is about
 * ({@code aftercare.csv} regions, or a body function recorded without a region, but not a problem a code places at
 * a joint another protocol governs), so the protocol's precaution about that part is its to respect
 * ({@code rules/plan/aftercare.drl}).
 *
 * @param precaution the plan precaution of the protocol, e.g. {@code carpal-tunnel-release}
 * @param discipline {@code pt} or {@code ot}
 */
public record TreatsProtocolPart(String precaution, String discipline) {}
