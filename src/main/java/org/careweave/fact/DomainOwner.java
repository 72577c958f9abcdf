package org.careweave.fact;

/** The discipline that usually owns an area, absent anything specific to this patient. */
public record DomainOwner(String area, String discipline, String because) implements Explained {}
