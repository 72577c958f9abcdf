package org.careweave.fact;

/** A treatment a discipline plans for a problem, as a billing code from the code table. */
public record Intervention(String discipline, String area, String code) {}
