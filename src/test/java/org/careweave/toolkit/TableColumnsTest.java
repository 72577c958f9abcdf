package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's header must name every field of its fact, each once, and a value of a vocabulary column that is a
 * near miss gets "did you mean" (fresh-user trial, 1 December: discharge-equipment.csv without its {@code minLevel}
 * column validated with no warning and planned a walker for a patient dependent for walking; without {@code area}
 * it planned no equipment at all).
 */
class TableColumnsTest {

    @TempDir
    Path dir;

    private static final String EQUIPMENT = "tables/discharge-equipment.csv";

    /** The first six fields of every discharge-equipment.csv row are unquoted: item ... minLevel. */
    private static final Pattern FIRST_SIX = Pattern.compile("^((?:[^,\"]*,){6})");

    /** A patient dependent for walking (GG 01), who got a walker when the minLevel column was dropped. */
    private static final String DEPENDENT_WALKER = "discharge-equipment-dependent-walking-wheelchair.json";

    private Fixture.Cli run(String... args) {
        Fixture.Cli r = Fixture.run(args);
        return new Fixture.Cli(r.exit(), r.out(), r.err().replace(dir + "/", "rules/"));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    /** A copy of the real rules in {@code dir}. */
    private Path copy() throws IOException {
        TestRules.copyTree(TestRules.RULES, dir);
        return dir;
    }

    /**
     * Drops field {@code index} (0-based, among the first six) from every non-comment line of
     * discharge-equipment.csv; returns the header's line number and its length afterwards.
     */
    private int[] dropEquipmentField(int index) throws IOException {
        Path file = dir.resolve(EQUIPMENT);
        List<String> in = Files.readAllLines(file);
        StringBuilder out = new StringBuilder();
        int header = 0;
        int headerLength = 0;
        for (int i = 0; i < in.size(); i++) {
            String line = in.get(i);
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                Matcher m = FIRST_SIX.matcher(line);
                assertTrue(m.find(), "line " + (i + 1) + " starts with six unquoted fields");
                List<String> six = Arrays.asList(m.group(1).split(",", -1)).subList(0, 6);
                StringBuilder kept = new StringBuilder();
                for (int f = 0; f < 6; f++) {
                    if (f != index) {
                        kept.append(six.get(f)).append(',');
                    }
                }
                line = kept + line.substring(m.end());
                if (header == 0) {
                    header = i + 1;
                    headerLength = line.length();
                }
            }
            out.append(line).append('\n');
        }
        Files.writeString(file, out);
        return new int[] {header, headerLength};
    }

    @Test
    void aTableWithoutItsMinLevelColumnNeitherValidatesNorPlans() throws IOException {
        copy();
        int[] header = dropEquipmentField(5);
        assertEquals("item,discipline,area,when,maxLevel,because,source,unless,alongside",
                Files.readAllLines(dir.resolve(EQUIPMENT)).get(header[0] - 1), "the header without minLevel");
        // hostile trial: "(column 50)" was the character after the header, read as a table column number of a
        // table of 7 columns; the problem is the header's, at its line, with how many columns it has
        String problem = "rules/" + EQUIPMENT + ":" + header[0] + ": missing column 'minLevel' (the header has 9 "
                + "columns); every column of the table is required: item, discipline, area, when, maxLevel, minLevel, "
                + "because, source, unless, alongside";
        Fixture.Cli validate = run("validate", "--rules", dir.toString());
        assertEquals(1, validate.exit(), validate.err());
        assertEquals(List.of(problem, "1 error(s), 0 warning(s)"), lines(validate.err()));
        Fixture.Cli plan = run("plan", TestRules.EXAMPLES.resolve(DEPENDENT_WALKER).toString(), "--rules",
                dir.toString());
        assertEquals(1, plan.exit(), plan.err());
        assertEquals("", plan.out(), "no plan, not a plan with a walker");
        assertEquals(List.of(problem), lines(plan.err()));
    }

    @Test
    void aFhirSideTableWithoutAColumnDoesNotValidate() throws IOException {
        // fresh-user trial of the merge (1 December, evening): fhir-cds-cards.csv without its indicator column
        // validated (exit 0) and was hot-reloaded into a CDS service that then answered every call with 500, because
        // the fhir-*.csv tables are never facts and only the FHIR mapping read them; validate's checks, which also
        // gate hot reload, now read them as the mapping does
        copy();
        Path cards = dir.resolve("tables/fhir-cds-cards.csv");
        String text = Files.readString(cards);
        assertTrue(text.contains("\nhook,kind,source,indicator,summary,detail\n"), "the header as shipped");
        Files.writeString(cards, text.replace("\nhook,kind,source,indicator,summary,detail\n",
                "\nhook,kind,source,summary,detail\n"));
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> errors = lines(r.err());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith("rules/tables/fhir-cds-cards.csv:")
                && l.contains("missing column 'indicator'")), r.err());
        assertEquals("1 error(s), 0 warning(s)", errors.get(errors.size() - 1), r.err());
    }

    @Test
    void aCaseRefusedBecauseTheRulesTablesAreWrongIsARulesFailure() throws IOException {
        // fresh-user trial of the merge: medicare-part-b misspelt in payers.csv made plan blame a sound case
        // ("/payer/kind: not a payer kind", exit 2) while validate found the table's errors (exit 1)
        copy();
        Path payers = dir.resolve("tables/payers.csv");
        String text = Files.readString(payers);
        assertTrue(text.contains("\nmedicare-part-b,"), "the Part B row as shipped");
        Files.writeString(payers, text.replace("\nmedicare-part-b,", "\nmedicare-part-bb,"));
        Fixture.Cli plan = run("plan", TestRules.EXAMPLES.resolve("hip-replacement.json").toString(), "--rules",
                dir.toString());
        assertEquals(1, plan.exit(), plan.err());
        assertEquals("", plan.out());
        assertTrue(lines(plan.err()).stream().allMatch(l -> l.startsWith("rules/")), plan.err());
        assertTrue(plan.err().contains("medicare-part-bb") || plan.err().contains("medicare-part-b"), plan.err());
        // a case that is itself wrong, against sound rules, stays bad input
        Files.writeString(payers, text);
        Path bad = dir.resolve("bad-payer.json");
        Files.writeString(bad, Files.readString(TestRules.EXAMPLES.resolve("hip-replacement.json"))
                .replace("\"medicare-part-b\"", "\"medicare-part-bb\""));
        Fixture.Cli wrongCase = run("plan", bad.toString(), "--rules", dir.toString());
        assertEquals(2, wrongCase.exit(), wrongCase.err());
    }

    @Test
    void aTableWithoutItsAreaColumnDoesNotValidate() {
        Fixture.write(dir);
        // the fixture's rules never read the table: it is checked all the same
        Fixture.write(dir, EQUIPMENT, """
                # equipment by area
                item,discipline,when,maxLevel,minLevel,because,source,unless,alongside
                walker,pt,,3,2,walking safely,a source,,
                """);
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("rules/" + EQUIPMENT + ":2: missing column 'area' (the header has 9 columns); every "
                + "column of the table is required: item, discipline, area, when, maxLevel, minLevel, because, source, "
                + "unless, alongside",
                "1 error(s), 0 warning(s)"), lines(r.err()));
    }

    @Test
    void aMisspeltColumnIsOneErrorAtItsCellNamingTheMissingColumn() {
        Fixture.write(dir);
        // "area,lable,...": the misspelt cell, the 2nd, starts at the line's 6th character
        Fixture.write(dir, "tables/areas.csv", Fixture.AREAS.replace("area,label,", "area,lable,"));
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("rules/tables/areas.csv:1:6: unknown column 'lable' (the 2nd): did you mean label? "
                + "(column 'label' is missing)", "1 error(s), 0 warning(s)"), lines(r.err()));
    }

    @Test
    void anExtraColumnIsAnErrorListingTheColumns() {
        Fixture.write(dir);
        String areas = Fixture.AREAS.replace("scale,input\n", "scale,input,colour\n").replace(",gg,finding\n",
                ",gg,finding,blue\n");
        Fixture.write(dir, "tables/areas.csv", areas);
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        // "area,label,domain,scale,input," is 30 characters: colour, the 6th, starts at the 31st
        assertEquals(List.of("rules/tables/areas.csv:1:31: unknown column 'colour' (the 6th); columns are area, "
                + "label, domain, scale, input", "1 error(s), 0 warning(s)"), lines(r.err()));
    }

    @Test
    void aColumnNamedTwiceIsAnErrorAtTheSecond() {
        Fixture.write(dir);
        // the second label would silently win over the first
        String areas = Fixture.AREAS.replace("scale,input\n", "scale,input,label\n").replace(",gg,finding\n",
                ",gg,finding,Other\n");
        Fixture.write(dir, "tables/areas.csv", areas);
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("rules/tables/areas.csv:1:31: column 'label' (the 6th) is named twice, first as the 2nd",
                "1 error(s), 0 warning(s)"), lines(r.err()));
        Fixture.Cli plan = run("plan", TestRules.EXAMPLES.resolve(DEPENDENT_WALKER).toString(), "--rules",
                dir.toString());
        assertEquals(1, plan.exit(), plan.err());
    }

    @Test
    void aNearMissOfAnAreaOrDisciplineGetsDidYouMeanAndAFarOrAmbiguousOneDoesNot() {
        Fixture.write(dir);
        Fixture.write(dir, "tables/interventions.csv", """
                area,discipline,code,nature
                walk-150-fet,pt,97116,
                walk-150-feet,PT,97116,
                walk-150-feet,pt,97117,
                stair-dancing,pt,97116,
                lower-body-dressing,xt,97535,
                """);
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of(
                "rules/tables/interventions.csv:2:1: column 'area' (the 1st): 'walk-150-fet' is not in tables/areas.csv:"
                        + " did you mean walk-150-feet?",
                // "walk-150-feet," is 14 characters
                "rules/tables/interventions.csv:3:15: column 'discipline' (the 2nd): 'PT' is not one of pt, ot: did you"
                        + " mean pt?",
                // 97117 is another code's number, not a misspelling of 97116
                "rules/tables/interventions.csv:4:18: column 'code' (the 3rd): code '97117' is not in tables/codes.csv",
                "rules/tables/interventions.csv:5:1: column 'area' (the 1st): 'stair-dancing' is not in tables/areas.csv",
                // xt is one letter from pt and from ot: no guess between them; "lower-body-dressing," is 20 characters
                "rules/tables/interventions.csv:6:21: column 'discipline' (the 2nd): 'xt' is not one of pt, ot",
                "5 error(s), 0 warning(s)"), lines(r.err()));
    }

    /** Before, only interventions.csv's areas were checked: a misspelt equipment area was a row no rule matched. */
    @Test
    void aMisspeltAreaInAnyTableIsAnErrorWithDidYouMean() {
        Fixture.write(dir);
        Fixture.write(dir, EQUIPMENT, """
                item,discipline,area,when,maxLevel,minLevel,because,source,unless,alongside
                walker,pt,walk-150-fet,,3,2,walking safely,a source,,
                """);
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        // "walker,pt," is 10 characters
        assertEquals(List.of("rules/" + EQUIPMENT + ":2:11: column 'area' (the 3rd): 'walk-150-fet' is not in "
                + "tables/areas.csv: did you mean walk-150-feet?", "1 error(s), 0 warning(s)"), lines(r.err()));
    }
}
