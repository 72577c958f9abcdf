package org.careweave.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.careweave.internal.batch.BatchPlanner;
import org.careweave.internal.io.BoundedLines;

/**
 * Reads NDJSON files as {@link NumberedLine}s: every non-blank line with its file name and 1-based line number.
 *
 * <p>Why not {@code TextIO.read()}: it splits files by byte offset and gives lines without numbers, so a failed
 * case could only be reported by its content, which the dead letter must not echo. Numbering lines needs each
 * file read from its start, so one worker reads one file (gzip files, {@code .gz}, are decompressed); planning is
 * spread out again after the read (see {@link PlanPipeline}). Reading runs at tens of MB/s against about 2 MB/s
 * of planning per core, so one reader keeps many planners busy; give a large job several input files anyway.
 * Lines are split and bounded by the reader {@code plan --batch} uses ({@link BatchPlanner#lines}, 1 MiB a line):
 * a line that is too long (at the pointer of the long string that makes it so, when one does) or not UTF-8 is given
 * with its error ({@link NumberedLine#error()}, the CLI's message) and goes to the dead letter; a NUL byte, or an
 * over-long line with no newline within 16 MiB, is the file's last line, with an error saying this file stops there
 * (other files are read on).
 */
public final class ReadNumberedLines extends PTransform<PBegin, PCollection<NumberedLine>> {

    private final String filepattern;

    private ReadNumberedLines(String filepattern) {
        this.filepattern = filepattern;
    }

    /** Every file matching {@code filepattern} (a path or glob on any Beam file system); none matching fails. */
    public static ReadNumberedLines from(String filepattern) {
        return new ReadNumberedLines(filepattern);
    }

    @Override
    public PCollection<NumberedLine> expand(PBegin input) {
        return input
                .apply("Match files", FileIO.match().filepattern(filepattern))
                .apply("Open files", FileIO.readMatches())
                .apply("Number lines", ParDo.of(new NumberLinesFn()))
                .setCoder(NumberedLine.CODER);
    }

    static final class NumberLinesFn extends DoFn<FileIO.ReadableFile, NumberedLine> {
        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, OutputReceiver<NumberedLine> out) throws IOException {
            String name = file.getMetadata().resourceId().getFilename();
            try (InputStream in = Channels.newInputStream(file.open())) {
                BoundedLines lines = BatchPlanner.lines(in, BatchPlanner.MAX_LINE_BYTES);
                while (lines.hasNext()) {
                    BoundedLines.Line line = lines.next();
                    out.output(line.refusal() == null ? new NumberedLine(name, line.number(), line.text(), null)
                            : new NumberedLine(name, line.number(), null, BatchPlanner.refusedLine(line,
                                    BatchPlanner.MAX_LINE_BYTES, "this file").failure().message()));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
