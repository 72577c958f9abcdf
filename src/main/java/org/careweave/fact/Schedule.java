package org.careweave.fact;

/** How often and how long a discipline sees the patient. */
public record Schedule(String discipline, int visitsPerWeek, int weeks, String because) implements Explained {}
