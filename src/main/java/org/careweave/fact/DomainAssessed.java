package org.careweave.fact;

/**
 * Something in a discipline's domain was assessed: a finding recorded as a deficit or as intact (not
 * {@code not-assessed}) in one of its domains. Without one, the domain is not assessed, which is not the same as
 * intact (contract v2).
 */
public record DomainAssessed(String discipline, String because) implements Explained {}
