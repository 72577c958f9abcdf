package org.careweave.fact;

/** Conclusion: a goal for {@code area} names {@code aid} (a device or strategy), because its row's {@code when} applies. */
public record AidFor(String area, String aid) {}
