package org.careweave.internal.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careweave.fact.AreaInfo;
import org.careweave.fact.AssistLevel;
import org.careweave.fact.ChildWording;
import org.careweave.fact.CodeInfo;
import org.careweave.fact.ConditionInfo;
import org.careweave.fact.DisciplineInfo;
import org.careweave.fact.SettingInfo;
import org.careweave.fact.SourceInfo;
import org.careweave.fact.VocabularyTerm;
import org.careweave.fact.billing.PayerPolicy;
import org.careweave.internal.engine.RuleSet;

/**
 * How the ids of a plan read to a person, taken from one rule set's tables: area labels ({@code areas.csv}),
 * discipline, setting, payer and condition names, the meanings of the small vocabularies ({@code vocabulary.csv}), Section
 * GG levels in words ({@code assist-levels.csv}), a child's wording ({@code child-wording.csv}) and source titles
 * ({@code sources.csv}). An id a table does not
 * know reads as itself, so a rule set without these tables still renders. Immutable and thread-safe.
 */
public final class ReportLabels {

    /** Labels from no tables at all: every id reads as itself. */
    public static final ReportLabels NONE = new ReportLabels(List.of(), Map.of());

    private final Map<String, String> areas = new HashMap<>();
    private final Map<String, String> disciplines = new HashMap<>();
    private final Map<String, String> settings = new HashMap<>();
    private final Map<String, String> payers = new HashMap<>();
    private final Map<String, String> conditions = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> terms = new HashMap<>();
    private final Map<Integer, AssistLevel> levels = new HashMap<>();
    private final Map<String, String> childWords = new HashMap<>();
    private final Map<String, String> ruleFiles;
    /** Catalogue ids, longest first, so that {@code rules/tables/} wins over {@code tables/} at one position. */
    private final List<SourceInfo> sources = new ArrayList<>();

    private ReportLabels(List<Object> tableRows, Map<String, String> ruleFiles) {
        this.ruleFiles = Map.copyOf(ruleFiles);
        for (Object row : tableRows) {
            if (row instanceof AreaInfo a) {
                areas.put(a.area(), a.label());
            } else if (row instanceof DisciplineInfo d) {
                disciplines.put(d.discipline(), d.name());
            } else if (row instanceof SettingInfo s) {
                settings.put(s.setting(), s.label());
            } else if (row instanceof PayerPolicy p) {
                payers.put(p.payerKind(), p.label());
            } else if (row instanceof ConditionInfo c) {
                conditions.put(c.category(), c.label());
            } else if (row instanceof CodeInfo c) {
                codes.put(c.code(), c.description());
            } else if (row instanceof VocabularyTerm t) {
                terms.put(t.list() + "\u0000" + t.value(), t.meaning());
            } else if (row instanceof AssistLevel l) {
                levels.put(l.level(), l);
            } else if (row instanceof ChildWording w) {
                childWords.put(w.key(), w.text());
            } else if (row instanceof SourceInfo s) {
                sources.add(s);
            }
        }
        sources.sort(Comparator.comparingInt((SourceInfo s) -> -s.id().length()).thenComparing(SourceInfo::id));
    }

    /** The labels of a rule set's table rows ({@link org.careweave.internal.engine.RuleSet#tableFacts()}). */
    public static ReportLabels of(List<Object> tableRows) {
        return new ReportLabels(tableRows, Map.of());
    }

    /** The labels of a rule set: its tables, and which file each rule is in (to tell split reasons apart). */
    public static ReportLabels of(org.careweave.internal.engine.RuleSet rules) {
        Map<String, String> files = new HashMap<>();
        rules.rules().values().forEach(r -> {
            if (r.file() != null) {
                files.put(r.name(), r.file());
            }
        });
        return new ReportLabels(rules.tableFacts(), files);
    }

    /** The file a rule is in ({@code rules/split/mobility.drl}), or null when unknown. */
    public String ruleFile(String rule) {
        return rule == null ? null : ruleFiles.get(rule);
    }

    /** An area's label ({@code walk-150-feet} reads "Walking 150 feet"), or the id. */
    public String area(String area) {
        return areas.getOrDefault(area, area);
    }

    /** A discipline's name with a capital ("Physical therapy"), or the id. */
    public String discipline(String discipline) {
        String name = disciplines.get(discipline);
        return name == null || name.isEmpty() ? discipline : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String setting(String setting) {
        return settings.getOrDefault(setting, setting);
    }

    /** A payer kind as a biller names it ({@code payers.csv} label: "Medicare Part B"), or the id. */
    public String payer(String kind) {
        return payers.getOrDefault(kind, kind);
    }

    public String condition(String category) {
        return conditions.getOrDefault(category, category);
    }

    /** The codes table's description of a code, or null. */
    public String code(String code) {
        return codes.get(code);
    }

    /** The meaning of a value of one of vocabulary.csv's lists ({@code equipment}, {@code region}...), or the value. */
    public String term(String list, String value) {
        return value == null ? null : terms.getOrDefault(list + "\u0000" + value, value);
    }

    /** A Section GG level as a therapist writes it ("maximal assist"), or "level N". */
    public String assist(int level) {
        AssistLevel l = levels.get(level);
        return l == null ? "level " + level : l.words();
    }

    /** A Section GG level with its code and CMS wording ("02 substantial/maximal assistance"). */
    public String ggLevel(int level) {
        AssistLevel l = levels.get(level);
        return String.format("%02d", level) + (l == null ? "" : " " + l.gg());
    }

    /**
     * The name written before a Section GG level: "Section GG", or for a child the wording of
     * {@code child-wording.csv}'s {@code gg-level} row (Section GG is an adult post-acute assessment); without that
     * row a child's plan keeps the adult name.
     *
     * @param child whether the patient is a child
     * @return the scale's name as the plan writes it
     */
    public String ggScale(boolean child) {
        String words = child ? childWords.get("gg-level") : null;
        return words == null ? "Section GG" : words;
    }

    /**
     * A measure's scale as the plan names it: for a child the {@code child-wording.csv} row {@code scale:<id>} (the
     * Berg's 0-56 score of a child is the Pediatric Balance Scale's), else the meaning of the {@code column:areas.scale} list of
     * {@code vocabulary.csv} ("Berg Balance Scale"), else the id itself.
     *
     * @param scale the scale id of a goal's measure ({@code berg-0-56})
     * @param child whether the patient is a child
     * @return the scale's name as the plan writes it
     */
    public String scale(String scale, boolean child) {
        String words = child && scale != null ? childWords.get("scale:" + scale) : null;
        return words != null ? words : term("column:areas.scale", scale);
    }

    /**
     * A source text ({@code @source} or a table's source column) with every catalogue id in it replaced by its
     * title, scanning left to right and trying the longest id first at each position; ids with an empty title
     * stay as written.
     */
    public String source(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        outer:
        while (i < text.length()) {
            for (SourceInfo s : sources) {
                if (!s.id().isEmpty() && text.startsWith(s.id(), i)) {
                    out.append(s.title() == null || s.title().isBlank() ? s.id() : s.title());
                    i += s.id().length();
                    continue outer;
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }

    /**
     * The catalogue ids a source text as a plan gives it cites: by id, or for an article by its title (a plan names
     * the seed articles by title, {@code RuleSet.cite}).
     */
    public List<String> citedInPlan(String text) {
        return text == null ? List.of() : sources.stream().filter(s -> text.contains(s.id())
                || "article".equals(s.kind()) && s.title() != null && !s.title().isBlank()
                && text.contains(s.title())).map(SourceInfo::id).toList();
    }

    /** The catalogue ids a source text cites (for the catalogue's completeness check). */
    public List<String> cited(String text) {
        return text == null ? List.of() : sources.stream().map(SourceInfo::id).filter(text::contains).toList();
    }
}
