package org.careweave.internal.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.internal.batch.BatchPlanner;
import org.careweave.internal.io.BoundedLines;
import org.careweave.internal.io.ByteOrderMark;
import org.careweave.internal.io.JsonInput;
import org.careweave.internal.io.SafeText;
import org.careweave.io.CaseReader;

/**
 * Reads the cases a diff plans: an NDJSON file (one case per line), one case file (pretty-printed over many lines
 * or not), or a folder of case files.
 */
public final class CaseFiles {

    /**
     * One case's text and where it came from, or why it cannot be read at all.
     *
     * @param origin  {@code path} for a case file, {@code path:line} (1-based) for an NDJSON line
     * @param json    the case JSON, not yet read against a rule set's vocabularies; null when {@code refused}
     * @param refused the input error the case is refused with whatever the rule set (a line over the size of one
     *                case: {@code /goals/0/text: must be at most 1000 characters ...}, never a value), or null
     */
    public record CaseText(String origin, String json, String refused) {

        /**
         * A case to read.
         *
         * @param origin where it came from
         * @param json   the case JSON
         */
        public CaseText(String origin, String json) {
            this(origin, json, null);
        }
    }

    private CaseFiles() {}

    /**
     * Reads {@code path}: a folder gives every {@code *.json} file under it (subfolders included, scenario
     * expectations {@code *.expected.json}, FHIR bundles {@code *.bundle.json} and CDS requests
     * {@code *.request.json} left out) in path order, each read as one case file is (below); a file gives one case per non-blank line (NDJSON), unless its
     * first non-blank line opens a JSON value that it does not close: then the file is one case spanning lines (a
     * pretty-printed case file), read whole and at most {@link CaseReader#MAX_CASE_BYTES} long, its origin the
     * path.
     *
     * @param path a folder of case files, an NDJSON file or one case file
     * @return the cases' texts with their origins, in file (or line) order
     * @throws IOException when the path cannot be read
     */
    public static List<CaseText> read(Path path) throws IOException {
        return read(path, new ArrayList<>());
    }

    /**
     * As {@link #read(Path)}, reading a folder only within it: a symbolic link under the folder whose target is
     * outside it (a case file or a folder elsewhere, D10: diff read them) is not followed, and its path is added to
     * {@code leaving}, in path order, for the caller to say once. A link whose target is inside the folder is followed
     * as the target would be read; a broken link is named as a case not read, as before.
     *
     * @param path    a folder of case files, an NDJSON file or one case file
     * @param leaving receives the links under the folder that lead out of it, not read
     * @return the cases' texts with their origins, in file (or line) order
     * @throws IOException when the path cannot be read
     */
    public static List<CaseText> read(Path path, List<Path> leaving) throws IOException {
        List<CaseText> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> named = new ArrayList<>();
            List<Path> left = new ArrayList<>();
            Path root = path.toRealPath();
            // a link to a folder inside it is followed as the folder itself would be; a link back into a folder
            // being read ends the read naming the link; a link out of the folder is not followed (D10)
            Files.walkFileTree(path, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<Path>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                                java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                            if (!dir.equals(path) && !dir.toRealPath().startsWith(root)) {
                                left.add(dir);
                                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path f,
                                java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                            String name = f.toString();
                            if (!name.endsWith(".json") || name.endsWith(".expected.json")
                                    // FHIR bundles and CDS Hooks requests (examples/fhir/) are not careweave cases
                                    || name.endsWith(".bundle.json") || name.endsWith(".request.json")) {
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            // a broken link (its own attributes: nothing to follow) stays named as not read
                            if (!attrs.isSymbolicLink() && !f.toRealPath().startsWith(root)) {
                                left.add(f);
                            } else {
                                named.add(f);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e)
                                throws IOException {
                            if (e instanceof java.nio.file.FileSystemLoopException loop) {
                                throw new NotCases("the folder link " + SafeText.escape(String.valueOf(loop.getFile()))
                                        + " leads back into a folder being read: not followed twice");
                            }
                            throw e;
                        }
                    });
            java.util.Collections.sort(named);
            java.util.Collections.sort(left);
            leaving.addAll(left);
            for (Path f : named) {
                // bounded and strictly decoded, as one case file is: a file over 1 MiB or not UTF-8 is that
                // case's refusal (it used to be read whole, and a bad byte failed the folder as "a folder"). A
                // named pipe, a device or a broken link is named, not read (a pipe would wait for a writer; it
                // was passed over without a word, and a folder of nothing else said "0 case(s) planned", exit 0)
                out.add(Files.isRegularFile(f) ? oneCase(f) : new CaseText(f.toString(), null,
                        "not a regular file (a named pipe, a device or a broken link): not read"));
            }
            return out;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return lines(path, BatchPlanner.lines(in, BatchPlanner.MAX_LINE_BYTES), out);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The NDJSON lines of a file, read by {@code plan --batch}'s reader (hostile-user trial: {@code diff} of
     * {@code /dev/zero} read 2 GB into one line and ended in an OutOfMemoryError): a line longer than one case is
     * refused as the batch refuses it ({@link BatchPlanner#refusedLine}: at the pointer of the string that makes it
     * too long, with that field's limit, else at {@code /} with its length), holding none of it, and a line that is
     * not UTF-8 is refused alone as the batch refuses it (at {@code /} with the bad byte's place); a NUL character
     * (which JSON text never has) or an over-long line with no end in sight ends the read with an error naming the
     * line.
     */
    private static List<CaseText> lines(Path path, BoundedLines lines, List<CaseText> out) throws IOException {
        while (lines.hasNext()) {
            BoundedLines.Line line = lines.next();
            long n = line.number();
            BoundedLines.Refusal refused = line.refusal();
            if (refused == null) {
                if (out.isEmpty() && JsonInput.opensWithoutClosing(line.text())) {
                    return List.of(oneCase(path));
                }
                out.add(new CaseText(path + ":" + n, line.text()));
                continue;
            }
            switch (refused.why()) {
                // the batch's words for the line, which stops nothing ("the file" is never said of either): a line
                // that is not UTF-8 is skipped and counted as other bad lines are (trial42 #6: it refused the whole
                // file, while plan --batch answers the line and goes on)
                case TOO_LONG, NOT_UTF8 -> out.add(new CaseText(path + ":" + n, null,
                        BatchPlanner.refusedLine(line, BatchPlanner.MAX_LINE_BYTES, "the file").failure().message()));
                case NUL -> throw new NotCases("line " + n
                        + " has a NUL character: not NDJSON text (UTF-16, or not text at all?)");
                case NO_END -> throw new NotCases("line " + n + " is longer than one case ("
                        + CaseReader.MAX_CASE_BYTES + " bytes) and has no end within " + BoundedLines.SKIP_FACTOR
                        + " times that: not NDJSON");
                case MULTI_LINE_OBJECT, MULTI_LINE_ARRAY -> {
                    if (out.isEmpty()) {
                        return List.of(oneCase(path));
                    }
                    throw new NotCases("line " + n + " opens a JSON " + (refused.why() == BoundedLines.Why.MULTI_LINE_OBJECT
                            ? "object" : "array") + " that goes on over the next lines: not NDJSON (one case per line)");
                }
            }
        }
        return out;
    }

    /**
     * A file that is not NDJSON text: its message (one line, careweave's words, none of the file's content) says
     * which line and why.
     */
    public static final class NotCases extends IOException {
        private static final long serialVersionUID = 1L;

        NotCases(String message) {
            super(message);
        }
    }

    /**
     * What {@code careweave plan FILE} says of a case that is not UTF-8 (the JSON reader's words, at the line and
     * column of the bad byte), so the diff lists it as the plan would refuse it; never the decoded text.
     */
    private static String notUtf8(byte[] bytes) {
        try {
            JsonInput.readOne(new com.fasterxml.jackson.databind.ObjectMapper(), bytes);
        } catch (org.careweave.InputException e) {
            return e.getMessage();
        }
        return "/: not UTF-8 text";
    }

    /**
     * The whole file as one case; a file over the size of one case is refused as {@code careweave plan FILE} refuses
     * it ({@link CaseReader#tooLarge(String)}: at its long string's pointer, else at {@code /}), from the one case's
     * bytes and one more that are read of it, so the diff lists it like any unreadable case.
     */
    private static CaseText oneCase(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(CaseReader.MAX_CASE_BYTES + 1);
            if (bytes.length > CaseReader.MAX_CASE_BYTES) {
                return new CaseText(path.toString(), null, CaseReader.tooLarge(
                        JsonInput.longString(bytes, bytes.length, CaseReader.LONG_STRING)).getMessage());
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                return new CaseText(path.toString(), ByteOrderMark.strip(text));
            } catch (java.nio.charset.CharacterCodingException e) {
                return new CaseText(path.toString(), null, notUtf8(bytes));
            }
        }
    }
}
