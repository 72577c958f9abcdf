package org.careweave.fact;

/** Why a discipline is not indicated for this case. */
public record NoIndication(String discipline, String because) implements Explained {}
