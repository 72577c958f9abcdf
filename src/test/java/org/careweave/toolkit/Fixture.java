package org.careweave.toolkit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careweave.internal.cli.Main;

/**
 * A small, complete rule set written to a temp folder, independent of the real rules/ (which other work
 * changes): walking is led by PT, dressing by OT, a discipline that leads nothing is not indicated. Tests copy
 * it, then break or extend one file.
 */
public final class Fixture {

    public static final String NEEDS = """
            package careweave.needs;

            import org.careweave.fact.*;
            import org.careweave.model.*;

            rule "A Section GG item at level 4 or below is a need"
                @source("CMS Section GG 6-point scale")
            when
                Finding( $area : area, $level : level != null, level <= 4 )
                AreaInfo( area == $area, $label : label )
            then
                insertLogical( new Need( $area, $label + " is at level " + $level ) );
            end

            rule "An area with a need is a problem to treat"
                @source("002_0d7985077083f547.txt: each need gets one owner")
            when
                Need( $area : area )
            then
                insertLogical( new Problem( $area ) );
            end
            """;

    public static final String SPLIT = """
            package careweave.split;

            import org.careweave.fact.*;

            rule "Walking is how the body moves, so PT leads it"
                @source("000_c04b2ddf23040f18.txt: PT assesses walking")
            when
                Problem( $area : area, area == "walk-150-feet" )
            then
                insertLogical( new DomainOwner( $area, "pt", "walking is PT's domain" ) );
            end

            rule "Dressing is a daily occupation, so OT leads it"
                @source("000_c04b2ddf23040f18.txt: OT focuses on dressing")
            when
                Problem( $area : area, area == "lower-body-dressing" )
            then
                insertLogical( new DomainOwner( $area, "ot", "dressing is OT's domain" ) );
            end

            rule "The usual owner of the area leads it"
                @source("002_0d7985077083f547.txt: one lead per problem")
            when
                Problem( $area : area )
                $d : DomainOwner( area == $area )
            then
                insertLogical( new Lead( $area, $d.discipline(), $d ) );
            end
            """;

    public static final String INDICATION = """
            package careweave.indication;

            import org.careweave.fact.*;

            rule "A discipline that leads a problem is indicated"
                @source("002_0d7985077083f547.txt: each discipline works on what it leads")
            when
                Lead( $d : discipline )
            then
                insertLogical( new Indication( $d, Indication.TREAT, "it leads a problem" ) );
            end

            rule "A discipline with nothing to lead is not indicated"
                @source("002_0d7985077083f547.txt: needs decide who treats")
            when
                DisciplineInfo( $d : discipline )
                not Indication( discipline == $d )
            then
                insertLogical( new NoIndication( $d, "nothing to lead" ) );
            end
            """;

    public static final String AREAS = """
            area,label,domain,scale,input
            walk-150-feet,Walking 150 feet,mobility,gg,finding
            lower-body-dressing,Lower-body dressing,self-care,gg,finding
            """;

    public static final String CODES = """
            code,description,timed,disciplines,medicareStatus,medicareCode,therapistOnly,kind,source
            97116,Gait training,true,pt,,,false,procedure,
            97535,Self-care training,true,ot|pt,,,false,procedure,
            """;

    public static final String DISCIPLINES = """
            discipline,name,planModifier,assistantModifier,thresholdCategory,thresholdLabel
            pt,physical therapy,GP,CQ,pt-slp,the combined PT and SLP therapy threshold
            ot,occupational therapy,GO,CO,ot,the OT therapy threshold
            """;

    /**
     * The row the CDS service needs of its card table (FhirMapping.serviceProblems): validate and the hot-reload gate
     * refuse a rule set without it, as the service would refuse to start on it.
     */
    public static final String CDS_CARDS = """
            hook,kind,source,indicator,summary,detail
            patient-view,no-coverage,CDS Hooks 2.0,info,"No active coverage on file","Planned without a payer."
            """;

    /**
     * The column types every folder with tables needs (validate refuses one without): the disciplines' key, and a
     * row for every other column of the tables (validate refuses a column with none), interventions.csv's too, which
     * tests add.
     */
    public static final String COLUMN_TYPES = """
            table,column,values,min,max,key
            disciplines,discipline,,,,true
            disciplines,name,,,,
            disciplines,planModifier,,,,
            disciplines,assistantModifier,,,,
            disciplines,thresholdCategory,,,,
            disciplines,thresholdLabel,,,,
            areas,area,,,,
            areas,label,,,,
            areas,domain,,,,
            areas,scale,,,,
            areas,input,,,,
            codes,code,,,,
            codes,description,,,,
            codes,timed,,,,
            codes,disciplines,,,,
            codes,medicareStatus,,,,
            codes,medicareCode,,,,
            codes,therapistOnly,,,,
            codes,kind,,,,
            codes,source,,,,
            fhir-cds-cards,hook,,,,
            fhir-cds-cards,kind,,,,
            fhir-cds-cards,source,,,,
            fhir-cds-cards,indicator,,,,
            fhir-cds-cards,summary,,,,
            fhir-cds-cards,detail,,,,
            interventions,area,,,,
            interventions,discipline,,,,
            interventions,code,,,,
            interventions,nature,,,,
            """;

    /** A case with one finding: walking at level 2. */
    public static final String WALK_CASE = """
            { "caseId": "walk", "asOf": "2026-11-20", "setting": "outpatient",
              "payer": { "kind": "medicare-part-b" },
              "findings": [ { "area": "walk-150-feet", "level": 2 } ] }
            """;

    private Fixture() {}

    /** The fixture's files by path relative to the rules folder. */
    public static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("needs/needs.drl", NEEDS);
        files.put("split/split.drl", SPLIT);
        files.put("indication/indication.drl", INDICATION);
        files.put("tables/areas.csv", AREAS);
        files.put("tables/codes.csv", CODES);
        files.put("tables/disciplines.csv", DISCIPLINES);
        files.put("tables/fhir-cds-cards.csv", CDS_CARDS);
        files.put("tables/column-types.csv", COLUMN_TYPES);
        return files;
    }

    /** Writes the fixture to {@code dir} and returns it. */
    public static Path write(Path dir) {
        files().forEach((path, text) -> write(dir, path, text));
        return dir;
    }

    public static void write(Path dir, String path, String text) {
        try {
            Path p = dir.resolve(path);
            Files.createDirectories(p.getParent());
            // Written beside the folder and moved in whole, as editors save: a watcher polling the folder (hot
            // reload tests) never reads a half-written file, which under load it could see twice and compile.
            Path outside = dir.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(outside != null ? outside : p.getParent(), ".fixture", ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line's exit code and what it printed. */
    public record Cli(int exit, String out, String err) {}

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
