package org.careweave.beam;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads NDJSON files as {@link NumberedLine}s: every non-blank line with its file name and 1-based line number.
 *
 * <p>Why not {@code TextIO.read()}: it splits files by byte offset and gives lines without numbers, so a failed
 * case could only be reported by its content, which the dead letter must not echo. Numbering lines needs each
 * file read from its start, so one worker reads one file (gzip files, {@code .gz}, are decompressed); planning is
 * spread out again after the read (see {@link PlanPipeline}). Reading runs at tens of MB/s against about 2 MB/s
 * of planning per core, so one reader keeps many planners busy; give a large job several input files anyway.
 * Lines are split as {@code plan --batch} splits them ({@code \n}, {@code \r\n} or {@code \r}); malformed UTF-8
 * fails the read, as it fails the CLI.
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
            try (BufferedReader in = new BufferedReader(
                    Channels.newReader(file.open(), StandardCharsets.UTF_8.newDecoder(), -1), 1 << 16)) {
                long number = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        out.output(new NumberedLine(name, number, line));
                    }
                }
            }
        }
    }
}
