package org.careweave.fact;

/**
 * A conclusion drawn from a table row that cites its own source (the row's {@code source} column): the plan's
 * reason for it cites that source instead of the rule's {@code @source}, which only says how rows are applied.
 */
public interface Sourced {
    /**
     * The source of the row this conclusion came from.
     *
     * @return the row's source, as the table writes it (a title or manual section); null when the rule's
     *     {@code @source} stands
     */
    String source();
}
