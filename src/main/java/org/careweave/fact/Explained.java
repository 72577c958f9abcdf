package org.careweave.fact;

/** A conclusion that carries its own human reason. */
public interface Explained {
    /**
     * The reason in words, as the plan shows it.
     *
     * @return a sentence a therapist or biller would say
     */
    String because();
}
