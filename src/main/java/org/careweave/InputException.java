package org.careweave;

import java.util.List;
import org.careweave.internal.io.SafeText;

/**
 * Bad input, located by a JSON pointer ({@code /visits/0/services/2/minutes}) or, for an NDJSON batch, a line.
 * The message is escaped and bounded ({@link SafeText}) when the exception is made, so whoever prints it (stderr,
 * a batch error line, a log) shows no control characters and at most {@link #MAX_MESSAGE} characters of it.
 *
 * <p>A case with several errors is refused once with all of them: {@link #errors()} lists each error with its own
 * pointer (at most {@link #MAX_ERRORS}; {@link #moreErrors()} counts the rest), while {@link #pointer()} and the
 * start of the message are the first error's, so a caller that shows one error still shows the same first one.
 */
public class InputException extends CareweaveException {

    /** Longest message kept, in characters: enough for a pointer and the list of allowed values. */
    public static final int MAX_MESSAGE = 600;

    /** Most errors of one case {@link #errors()} lists; the rest are counted by {@link #moreErrors()}. */
    public static final int MAX_ERRORS = 20;

    /** The JSON pointer (or FHIRPath) of the bad value. */
    private final String pointer;

    /** Every error listed, this one alone when it is one error. */
    private final List<InputException> errors;

    /** Errors found beyond those listed. */
    private final int more;

    /**
     * @param pointer the JSON pointer of the bad value (empty for the whole document), or a FHIRPath
     * @param message what is wrong, without the value when it may be personal; escaped and cut to
     *                {@link #MAX_MESSAGE} characters with the pointer
     */
    public InputException(String pointer, String message) {
        super(SafeText.bounded((pointer.isEmpty() ? "/" : pointer) + ": " + message, MAX_MESSAGE));
        this.pointer = pointer;
        this.errors = List.of(this);
        this.more = 0;
    }

    /**
     * Several errors of one input, said together: the first error's pointer, and a message that is the first
     * error's followed by {@code (and <n> more: <pointer>, ...)}, cut to {@link #MAX_MESSAGE} characters.
     *
     * @param errors the errors found, in the order the input was read, at most {@link #MAX_ERRORS}; at least one;
     *               each a single error (its own {@link #errors()} is itself)
     * @param more   how many more errors were found and not listed; zero or more
     * @throws IllegalArgumentException if {@code errors} is empty or longer than {@link #MAX_ERRORS}, or
     *                                  {@code more} is negative
     */
    public InputException(List<InputException> errors, int more) {
        super(summary(errors, more));
        this.pointer = errors.get(0).pointer();
        this.errors = List.copyOf(errors);
        this.more = more;
    }

    private static String summary(List<InputException> errors, int more) {
        if (errors.isEmpty() || errors.size() > MAX_ERRORS || more < 0) {
            throw new IllegalArgumentException("1 to " + MAX_ERRORS + " errors and a count of more, not negative");
        }
        String first = errors.get(0).getMessage();
        int others = errors.size() - 1 + more;
        if (others == 0) {
            return first;
        }
        List<String> pointers = errors.subList(1, errors.size()).stream()
                .map(e -> e.pointer().isEmpty() ? "/" : e.pointer()).toList();
        return SafeText.bounded(first + " (and " + others + " more: " + String.join(", ", pointers)
                + (more > 0 ? ", ..." : "") + ")", MAX_MESSAGE);
    }

    /**
     * Where the bad value is.
     *
     * @return the JSON pointer of the bad value (e.g. {@code /visits/0/services/2/minutes}); empty for the document
     *         as a whole; a FHIRPath for a {@link FhirInputException}; the first error's for several
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Every error listed, each with its own {@link #pointer()} and one-line message, in the order the input was
     * read (the same order for the same input).
     *
     * @return this exception alone when it is one error; else at most {@link #MAX_ERRORS} errors; unmodifiable
     */
    public List<InputException> errors() {
        return errors;
    }

    /**
     * How many errors were found beyond {@link #errors()}: a case with hundreds of bad items is said in a bounded
     * number of lines.
     *
     * @return zero when every error is listed
     */
    public int moreErrors() {
        return more;
    }

    /** {@inheritDoc} */
    @Override
    public int exitCode() {
        return 2;
    }
}
