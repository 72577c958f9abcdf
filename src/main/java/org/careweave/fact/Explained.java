package org.careweave.fact;

/** A conclusion that carries its own human reason. */
public interface Explained {
    String because();
}
