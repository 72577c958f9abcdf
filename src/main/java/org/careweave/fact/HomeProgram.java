package org.careweave.fact;

/** Conclusion: one entry of a discipline's home programme. */
public record HomeProgram(String discipline, String text, String source) {}
