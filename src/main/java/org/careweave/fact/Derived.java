package org.careweave.fact;

/**
 * A conclusion that only relays another: the plan reports the reasons of {@link #basis()} instead of the rule
 * that did the relaying (such as the rule that picks the winning lead).
 */
public interface Derived {
    /**
     * The conclusion this one relays.
     *
     * @return the fact whose rule and reason the plan reports
     */
    Object basis();
}
