package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** How timed minutes become units for this case: {@code cms-total-time} or {@code per-code}. */
public record UnitMethod(String method, String because) implements Explained {}
