package org.careweave.fact;

/**
 * Something about the patient calls for treatment in {@code area}. Several needs may name one area.
 * {@code region} and {@code side} (contract v2) locate a body-function need; null when the finding gave none.
 */
public record Need(String area, String region, String side, String because) implements Explained {

    /**
     * A need without a region (every v1 need).
     *
     * @param area    the area
     * @param because why, in words
     */
    public Need(String area, String because) {
        this(area, null, null, because);
    }
}
