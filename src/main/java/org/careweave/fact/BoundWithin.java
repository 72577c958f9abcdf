package org.careweave.fact;

/** Conclusion: goals of {@code discipline} in area {@code domain} are met {@code within} a precaution ("posterior hip precautions"). */
public record BoundWithin(String discipline, String domain, String within) {}
