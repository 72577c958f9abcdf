package org.careweave.fact.billing;

/**
 * A timed line's units seen unit by unit, as CMS's CQ/CO billing examples do: {@code assistantBlocks} units are
 * whole 15-minute blocks the assistant furnished alone, {@code finalUnits} (0-2) units remain once the therapist's
 * and the assistant's whole blocks are counted, made of {@code therapistLeft} and {@code assistantLeft} minutes.
 */
public record AssistantShare(Line line, int assistantBlocks, int finalUnits, int therapistLeft, int assistantLeft) {}
