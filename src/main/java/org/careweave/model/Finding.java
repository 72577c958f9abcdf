package org.careweave.model;

/**
 * An assessed area of function. Section GG areas carry {@code level} (1 dependent .. 6 independent); other
 * areas carry a {@code score} or neither (the finding is simply present).
 */
public record Finding(String area, Integer level, Double score) {

    public boolean hasLevel() {
        return level != null;
    }

    public boolean hasScore() {
        return score != null;
    }
}
