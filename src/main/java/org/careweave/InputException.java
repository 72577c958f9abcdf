package org.careweave;

import org.careweave.internal.io.SafeText;

/**
 * Bad input, located by a JSON pointer ({@code /visits/0/services/2/minutes}) or, for an NDJSON batch, a line.
 * The message is escaped and bounded ({@link SafeText}) when the exception is made, so whoever prints it (stderr,
 * a batch error line, a log) shows no control characters and at most {@link #MAX_MESSAGE} characters of it.
 */
public class InputException extends CareweaveException {

    /** Longest message kept, in characters: enough for a pointer and the list of allowed values. */
    public static final int MAX_MESSAGE = 600;

    /** The JSON pointer (or FHIRPath) of the bad value. */
    private final String pointer;

    /**
     * @param pointer the JSON pointer of the bad value (empty for the whole document), or a FHIRPath
     * @param message what is wrong, without the value when it may be personal; escaped and cut to
     *                {@link #MAX_MESSAGE} characters with the pointer
     */
    public InputException(String pointer, String message) {
        super(SafeText.bounded((pointer.isEmpty() ? "/" : pointer) + ": " + message, MAX_MESSAGE));
        this.pointer = pointer;
    }

    /**
     * Where the bad value is.
     *
     * @return the JSON pointer of the bad value (e.g. {@code /visits/0/services/2/minutes}); empty for the document
     *         as a whole; a FHIRPath for a {@link FhirInputException}
     */
    public String pointer() {
        return pointer;
    }

    /** {@inheritDoc} */
    @Override
    public int exitCode() {
        return 2;
    }
}
