package org.careweave.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.careweave.InputException;

/**
 * One JSON document read strictly, and malformed JSON said in careweave's words: the line and column and what is
 * wrong ({@code malformed JSON at line 28, column 1: more after the first JSON value; one case per file (per
 * batch line)}), never the parser's message, which names its own classes and options and quotes the input.
 */
public final class JsonInput {

    private JsonInput() {}

    /**
     * The one JSON value of {@code text}; anything after it (a second object, {@code x}) is malformed JSON at its
     * position. Empty text gives a missing node.
     *
     * @throws InputException for malformed JSON, at pointer {@code ""}
     */
    public static JsonNode readOne(ObjectMapper mapper, String text) {
        try {
            return readOne(mapper, mapper.createParser(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
    }

    /**
     * {@link #readOne(ObjectMapper, String)} from a stream (UTF-8 JSON); the stream is not closed.
     *
     * @throws IOException    if the stream cannot be read
     * @throws InputException for malformed JSON
     */
    public static JsonNode readOne(ObjectMapper mapper, InputStream in) throws IOException {
        return readOne(mapper, mapper.createParser(in).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE));
    }

    /**
     * {@link #readOne(ObjectMapper, InputStream)} of a document held in memory (UTF-8 JSON), which can say exactly
     * where text that is not UTF-8 starts: the parser names the place where it gave up, after the bytes it took for
     * the rest of the character (a bad lead byte followed by {@code "\}"} was put two columns on), so the place is
     * taken from a strict decoder instead, at the line and column (counted in bytes from 1, as the parser counts
     * every other place) of the first byte that is not part of a UTF-8 character.
     *
     * @throws InputException for malformed JSON, at pointer {@code ""} (or a field given twice)
     */
    public static JsonNode readOne(ObjectMapper mapper, byte[] bytes) {
        try {
            return readOne(mapper, new java.io.ByteArrayInputStream(bytes));
        } catch (InputException e) {
            int bad = firstNotUtf8(bytes, bytes.length);
            if (bad < 0 || !e.getMessage().endsWith(NOT_UTF8)) {
                throw e;
            }
            int line = 1;
            int lineStart = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                    && (bytes[2] & 0xff) == 0xbf ? 3 : 0; // a byte-order mark is not a column of the text
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new InputException("", "malformed JSON at line " + line + ", column " + (bad - lineStart + 1)
                    + ": " + NOT_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }

    /**
     * The 0-based offset of the first of {@code bytes}' first {@code length} bytes that is not part of a UTF-8
     * character (where a strict decoder stops), or -1 when all are: the one place careweave finds a bad byte, for a
     * case file ({@link #readOne(ObjectMapper, byte[])}) and an NDJSON line ({@link BoundedLines}) alike.
     */
    static int firstNotUtf8(byte[] bytes, int length) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, 0, length);
        java.nio.charset.CoderResult r = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(in, java.nio.CharBuffer.allocate(length + 1), true);
        return r.isError() ? in.position() : -1;
    }

    private static JsonNode readOne(ObjectMapper mapper, JsonParser parser) throws IOException {
        try (parser) {
            JsonNode root;
            try {
                root = mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                // thrown without a location: the parser still knows where it stopped and in which value
                throw new InputException(e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting")
                        ? outerValue(parser.getParsingContext()) : "", where(parser.currentLocation()) + what(e));
            } catch (JsonProcessingException e) {
                throw malformed(e);
            }
            if (root == null) {
                return mapper.missingNode();
            }
            JsonLocation end = parser.currentLocation();
            JsonToken next;
            try {
                next = parser.nextToken();
            } catch (JsonProcessingException e) {
                // where the unreadable trailing token starts when the parser got that far ("x"), else where it
                // stopped reading ("//", a NUL)
                JsonLocation token = parser.currentTokenLocation();
                throw new InputException("", where(after(token, end) ? token : e.getLocation()) + MORE);
            }
            if (next != null) {
                throw new InputException("", where(parser.currentTokenLocation()) + MORE);
            }
            return root;
        }
    }

    /**
     * The JSON pointer of the first string value longer than {@code maxChars} UTF-16 units in the start of a
     * document that is over its size limit, or null when there is none in it. A document refused as too large is
     * most often one string pasted too long (a goal text, a description): its pointer places the problem where a
     * person can mend it. Only {@code length} bytes are parsed (the document cut anywhere: running out of them,
     * like malformed JSON before any long string, gives null), with the parser's own string limit, so no string is
     * held whole: the parser stops one within its buffer's next growth past {@code maxChars} (at most 64 Ki chars);
     * a string that ends sooner is measured when it ends.
     *
     * @param bytes    the start of the document, UTF-8 JSON
     * @param length   how many of {@code bytes} to read
     * @param maxChars the longest string allowed, in UTF-16 units (at least 1)
     * @return the parser's pointer of the first longer string value ({@code /goals/0/text}; {@code ""} for a
     *         document that is one string), or null
     */
    public static String longString(byte[] bytes, int length, int maxChars) {
        try {
            return longString(limited(maxChars).createParser(bytes, 0, length), maxChars);
        } catch (IOException e) {
            return null; // bytes in memory cannot fail to be read
        }
    }

    /**
     * {@link #longString(byte[], int, int)} for the start of a document given as text.
     *
     * @param text     the start of the document, JSON text
     * @param maxChars the longest string allowed, in UTF-16 units (at least 1)
     * @return the pointer of the first longer string value, or null
     */
    public static String longString(String text, int maxChars) {
        try {
            return longString(limited(maxChars).createParser(text), maxChars);
        } catch (IOException e) {
            return null; // a String cannot fail to be read
        }
    }

    private static com.fasterxml.jackson.core.JsonFactory limited(int maxChars) {
        return com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(
                com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(maxChars).build()).build();
    }

    private static String longString(JsonParser parser, int maxChars) throws IOException {
        try (parser) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                // reading the string is where the parser's limit is checked, but only as its buffer fills up (a
                // closed string of up to about twice the limit passes): its length is checked here too
                if (token == JsonToken.VALUE_STRING && parser.getTextLength() > maxChars) {
                    return parser.getParsingContext().pathAsPointer().toString();
                }
            }
            return null;
        } catch (StreamConstraintsException e) {
            return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("String")
                    ? parser.getParsingContext().pathAsPointer().toString() : null;
        } catch (JsonProcessingException e) {
            return null; // cut short or malformed before any string too long
        }
    }

    /**
     * Where nesting went too deep, said briefly: the pointer of the value that holds it, at most three steps from the
     * root and without the run of array indices that is the nesting itself ({@code /findings/0/area} for a thousand
     * arrays in a finding's area), so the message stays one short line however deep the input goes.
     */
    static String outerValue(com.fasterxml.jackson.core.JsonStreamContext context) {
        java.util.List<String> steps = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps.add(0, c.inArray() ? String.valueOf(Math.max(c.getCurrentIndex(), 0))
                    : c.getCurrentName() == null ? "" : c.getCurrentName());
        }
        int keep = Math.min(3, steps.size());
        while (keep > 0 && !steps.get(keep - 1).isEmpty() && steps.get(keep - 1).chars().allMatch(Character::isDigit)) {
            keep--;
        }
        StringBuilder out = new StringBuilder();
        for (String step : steps.subList(0, keep)) {
            out.append('/').append(SafeText.excerpt(step).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static boolean after(JsonLocation a, JsonLocation b) {
        return a.getLineNr() > b.getLineNr() || (a.getLineNr() == b.getLineNr() && a.getColumnNr() >= b.getColumnNr());
    }

    private static final String NOT_UTF8 = "not UTF-8 text";

    private static final String MORE = "more after the first JSON value; one case per file (per batch line)";

    /** What {@link #readOne} said, without the document's pointer: for readers that place problems otherwise (FHIR). */
    public static String description(InputException e) {
        String m = e.getMessage();
        return m.startsWith("/: ") ? m.substring(3) : m;
    }

    /** Malformed JSON as an input error at the document ({@code /}), in careweave's words. */
    public static InputException malformed(JsonProcessingException e) {
        // elsewhere than at a field given twice, the place where the parser stopped may not be any value's, so the
        // document
        String pointer = duplicateField(e);
        return new InputException(pointer == null ? "" : pointer, describe(e));
    }

    /**
     * The JSON pointer of a field given twice in one object, when that is what a parser with
     * {@link JsonParser.Feature#STRICT_DUPLICATE_DETECTION} refused (it stands on the second one); else null.
     *
     * @param e what the parser threw
     * @return the field's pointer, e.g. {@code /patient/id}, or null
     */
    public static String duplicateField(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                && e.getProcessor() instanceof JsonParser p ? p.getParsingContext().pathAsPointer().toString() : null;
    }

    /** {@code malformed JSON at line L, column C: what is wrong}, in careweave's words, quoting nothing. */
    public static String describe(JsonProcessingException e) {
        return where(e.getLocation()) + what(e);
    }

    /**
     * {@link #describe(JsonProcessingException)} at a location the caller knows: a parser's limit
     * ({@link StreamConstraintsException}: nesting, a number's length) is thrown without one, while its parser's
     * {@link JsonParser#currentLocation()} says where it stopped.
     *
     * @param e  what the parser threw
     * @param at where it stopped (null: none said)
     * @return {@code malformed JSON at line L, column C: what is wrong}, quoting nothing
     */
    public static String describe(JsonProcessingException e, JsonLocation at) {
        return where(e.getLocation() != null ? e.getLocation() : at) + what(e);
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "malformed JSON: "
                : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    }

    /** What the parser found, by its kind of complaint (Jackson 2's messages are stable within a version). */
    private static String what(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return m.startsWith("Number") ? "a number longer than the parser reads"
                    : m.startsWith("String") ? "a string longer than the parser reads"
                    : m.startsWith("Name") ? "a field name longer than the parser reads"
                    : m.contains("nesting") ? "nested deeper than the parser reads ("
                            + com.fasterxml.jackson.core.StreamReadConstraints.defaults().getMaxNestingDepth() + " levels)"
                    : "past the parser's limits";
        }
        if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
            return "the text ends before the case does";
        }
        if (m.startsWith("Trailing token")) {
            return MORE;
        }
        if (m.startsWith("Duplicate field")) {
            return "a field given twice in one object";
        }
        if (m.startsWith("Invalid UTF-8") || m.contains("UTF-8")) {
            return NOT_UTF8;
        }
        // whatever the parser expected there (a value, a field name): the character is what to name
        if (m.contains("(code 65279 / 0xfeff)")) {
            return "a byte-order mark (U+FEFF), which only the very start of a file may have (were files joined,"
                    + " one of them saved with a byte-order mark?)";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a control character inside a string (write it as \\uXXXX)";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing bracket or brace that closes nothing";
        }
        if (m.contains("was expecting comma")) {
            return "a comma is missing between two entries";
        }
        if (m.contains("was expecting double-quote to start field name")) {
            return "a field name must be in double quotes";
        }
        if (m.contains("was expecting a colon")) {
            return "a colon is missing after a field name";
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Non-standard token")
                || m.contains("Leading zeroes")) {
            return "not a JSON number";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "a backslash escape JSON does not have";
        }
        if (m.startsWith("Unrecognized token") || m.startsWith("Unexpected character")) {
            return "not JSON here (a string needs double quotes; true, false and null are lower case)";
        }
        return "not JSON";
    }

    /**
     * Whether {@code line} begins a JSON array or object that it does not end: the first line of a pretty-printed
     * document, never a line of NDJSON (a line that is malformed otherwise stays an NDJSON line, and its error is
     * reported at its line).
     *
     * @param line one line of text
     * @return true when it opens an array or object and ends inside it
     */
    public static boolean opensWithoutClosing(String line) {
        String t = line.strip();
        if (t.isEmpty() || (t.charAt(0) != '{' && t.charAt(0) != '[')) {
            return false;
        }
        int depth = 0;
        try (JsonParser p = JSON.createParser(line)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd() && --depth == 0) {
                    return false;
                }
            }
            return depth > 0;
        } catch (JsonProcessingException e) {
            // the line ends inside the value ("{", or after a comma) or is malformed: only the first is a document
            return depth > 0 && (e instanceof JsonEOFException
                    || (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a String cannot fail to be read
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();
}
