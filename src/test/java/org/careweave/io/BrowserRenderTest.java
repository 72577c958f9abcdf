package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.careweave.TestRules;
import org.careweave.internal.io.HtmlReport;
import org.careweave.internal.io.ReportLabels;
import org.careweave.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hip-replacement plan of care in a real headless browser (Debian's chromium; {@code .ci/run} installs it):
 * the page renders with every section, prints to PDF and a screenshot of it is not blank. Without chromium on
 * the PATH (or in {@code CHROMIUM}) the tests are skipped, saying so.
 */
class BrowserRenderTest {

    private static String chromium;

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void writeThePage() throws IOException {
        chromium = find();
        Case hip = CaseReader.read(Path.of("examples/hip-replacement.json"));
        String html = HtmlReport.render(TestRules.planner().plan(hip), hip,
                ReportLabels.of(TestRules.planner().rules()));
        page = Files.writeString(dir.resolve("plan.html"), html, StandardCharsets.UTF_8);
    }

    private static String find() {
        String env = System.getenv("CHROMIUM");
        if (env != null && new File(env).canExecute()) {
            return env;
        }
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                File f = new File(dirName, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }

    private static void assumeChromium() {
        assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium; .ci/run installs it): "
                + "the browser rendering tests are skipped");
    }

    /** Runs headless chromium on the page with extra arguments; returns its stdout. */
    private static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void thePageRendersWithEverySection() throws Exception {
        assumeChromium();
        String dom = run("--dump-dom");
        for (String id : List.of("case", "pt", "pt-assessment", "pt-problems", "pt-goals", "pt-interventions",
                "pt-frequency", "pt-precautions", "ot", "ot-assessment", "ot-problems", "ot-goals",
                "ot-interventions", "ot-frequency", "ot-precautions", "split", "discharge", "claims", "alerts",
                "sources", "signatures")) {
            assertTrue(dom.contains("id=\"" + id + "\""), "section " + id + " missing from the rendered DOM");
        }
        assertTrue(dom.contains("<h1>Plan of care</h1>"), dom);
        assertTrue(dom.contains("<h2>Physical therapy</h2>") && dom.contains("<h2>Occupational therapy</h2>"), dom);
        // the plan of care for this case (hip replacement, posterior precautions, tub-shower, help at home),
        // as the browser holds it: sections in the order a plan of care is read
        List<String> order = List.of("id=\"case\"", "id=\"pt\"", "id=\"ot\"", "id=\"split\"",
                "id=\"discharge\"", "id=\"claims\"", "id=\"alerts\"", "id=\"sources\"", "id=\"signatures\"");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(dom.indexOf(order.get(i - 1)) < dom.indexOf(order.get(i)), order.get(i - 1) + " before "
                    + order.get(i));
        }
        String ot = dom.substring(dom.indexOf("id=\"ot-goals\""), dom.indexOf("id=\"ot-interventions\""));
        assertTrue(ot.contains("Lower-body dressing with supervision or contact guard, using a reacher and a sock aid,"
                + " within posterior hip precautions, in 2 weeks"), ot);
        String pt = dom.substring(dom.indexOf("id=\"pt-goals\""), dom.indexOf("id=\"pt-interventions\""));
        assertTrue(pt.contains("Walking 150 feet independently, using a walker, within posterior hip precautions"), pt);
        String discharge = dom.substring(dom.indexOf("id=\"discharge\""), dom.indexOf("id=\"claims\""));
        for (String s : List.of("home with help", "tub transfer bench", "raised toilet seat", "reacher", "sock aid",
                "walker")) {
            assertTrue(discharge.contains(s), s + " missing from the discharge plan: " + discharge);
        }
        assertTrue(dom.substring(dom.indexOf("id=\"pt-precautions\"")).contains("Posterior hip precautions"), dom);
    }

    @Test
    void thePagePrintsToPdf() throws Exception {
        assumeChromium();
        Path pdf = dir.resolve("plan.pdf");
        run("--print-to-pdf=" + pdf, "--no-pdf-header-footer");
        assertTrue(Files.exists(pdf), "no PDF written");
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 10_000, "PDF of " + bytes.length + " bytes");
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
    }

    /** At least 3% of the pixels are ink (text, rules, table borders) and the heading colour is there. */
    @Test
    void aScreenshotOfThePageIsNotBlank() throws Exception {
        assumeChromium();
        Path png = dir.resolve("plan.png");
        run("--screenshot=" + png, "--window-size=1100,1600");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1100, image.getWidth());
        long ink = 0;
        boolean headingBlue = false;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
                headingBlue |= rgb == 0x245A8D;
            }
        }
        double share = ink / (double) (image.getWidth() * image.getHeight());
        assertTrue(share > 0.03, "only " + share + " of the screenshot is not white");
        assertTrue(headingBlue, "the heading rule colour #245a8d is not on the screenshot");
    }
}
