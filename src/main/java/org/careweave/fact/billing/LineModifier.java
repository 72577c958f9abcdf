package org.careweave.fact.billing;

import org.careweave.fact.Explained;
import org.careweave.fact.Sourced;

/**
 * A modifier a line carries. {@code source} is the source of the table row that decided it (the KX threshold's own
 * row), or null when the rule's {@code @source} stands.
 */
public record LineModifier(Line line, String modifier, String because, String source) implements Explained, Sourced {

    /**
     * A modifier whose reason cites the rule's {@code @source}.
     *
     * @param line the line
     * @param modifier the modifier (GP, GO, KX, ...)
     * @param because why the line carries it
     */
    public LineModifier(Line line, String modifier, String because) {
        this(line, modifier, because, null);
    }
}
