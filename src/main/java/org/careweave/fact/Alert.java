package org.careweave.fact;

/**
 * Something a clinician or biller must see. {@code kind} is one of the contract's alert kinds; {@code severity}
 * is info, warning or error. {@code ref} ties the alert to a date or service where it has one (may be null).
 * {@code source} is the source of the table row the alert applies (a threshold's own source), or null when the
 * rule's {@code @source} stands.
 */
public record Alert(String kind, String severity, String ref, String message, String source) implements Sourced {

    /**
     * An alert whose reason cites the rule's {@code @source}.
     *
     * @param kind the alert kind
     * @param severity info, warning or error
     * @param ref the date or service it is about, or null
     * @param message what the biller or clinician must know
     */
    public Alert(String kind, String severity, String ref, String message) {
        this(kind, severity, ref, message, null);
    }
}
