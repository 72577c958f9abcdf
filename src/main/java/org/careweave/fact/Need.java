package org.careweave.fact;

/** Something about the patient calls for treatment in {@code area}. Several needs may name one area. */
public record Need(String area, String because) implements Explained {}
