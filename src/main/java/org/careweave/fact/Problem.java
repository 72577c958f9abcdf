package org.careweave.fact;

/** An area to be treated: one per area, whatever the number of needs behind it. */
public record Problem(String area) {}
