package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/protocol-home-programs.csv}: the home programme a {@code discipline} gives
 * while the plan precaution {@code precaution} of a protocol after surgery or injury holds
 * ({@code rules/tables/aftercare.csv}); it replaces the entries of {@code home-programs.csv} for the discipline's
 * problems.
 *
 * @param precaution the plan precaution of the protocol, e.g. {@code carpal-tunnel-release}
 * @param discipline {@code pt} or {@code ot}
 * @param text       the programme in words
 * @param source     the reference
 */
public record ProtocolHomeProgram(String precaution, String discipline, String text, String source) {}
