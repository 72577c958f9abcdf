package org.careweave.fact;

import java.util.Collection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most-joined table of a rule set ({@code tables/areas.csv}), indexed by key, for rules to look a row up with {@code from} instead of
 * joining rows inserted into every plan's session. The engine gives each session its rule set's index as the global
 * {@code tables}; a rule file that uses it declares {@code global Tables tables;} and writes, for example,
 *
 * <pre>
 * Finding( $area : area )
 * AreaInfo( $label : label ) from tables.area( $area )
 * </pre>
 *
 * <p>A look-up for a key the table does not have gives nothing, so the pattern does not match (and
 * {@code not AreaInfo() from tables.area( $a )} holds). The index is built once per rule set from the rows of
 * {@code tables/areas.csv} as loaded and validated (an area is never twice, see {@code validate}); it is immutable,
 * shared by every plan, and read-only for rules: a lookup, never a place for results. Rows of a table no rule
 * matches as a fact are not inserted into sessions at all, so a rule set whose rules reach areas only through this
 * index plans without inserting those rows. Areas are indexed, and, for their labels in reasons, condition categories
 * ({@code tables/conditions.csv}), settings ({@code tables/settings.csv}) and the small vocabularies
 * ({@code tables/vocabulary.csv}); the same look-up for codes was measured and not kept
 * (src/bench/RESULTS.md, "Reference data without per-plan insertion").
 */
public final class Tables {

    /** The name of the global the engine sets: {@code global Tables tables;} in a rule file. */
    public static final String GLOBAL = "tables";

    private final Map<String, AreaInfo> areas;
    private final Map<String, ConditionInfo> conditions;
    private final Map<String, SettingInfo> settings;
    private final Map<String, VocabularyTerm> terms;
    /** ICD-10-CM prefix rows in file order, for the prefix look-ups ({@link Icd10Category#matching}). */
    private final List<Icd10Category> icd10;

    private Tables(Map<String, AreaInfo> areas, Map<String, ConditionInfo> conditions, Map<String, SettingInfo> settings,
            Map<String, VocabularyTerm> terms, List<Icd10Category> icd10) {
        this.areas = Collections.unmodifiableMap(areas);
        this.conditions = Collections.unmodifiableMap(conditions);
        this.settings = Collections.unmodifiableMap(settings);
        this.terms = Collections.unmodifiableMap(terms);
        this.icd10 = List.copyOf(icd10);
    }

    /**
     * Indexes the rows of a rule set's tables.
     *
     * @param rows every table row of a rule set (rows of other types are ignored); where a key occurs twice (a
     *             table {@code validate} refuses) the first row is kept
     * @return the index
     */
    public static Tables of(Collection<?> rows) {
        Map<String, AreaInfo> areas = new HashMap<>();
        Map<String, ConditionInfo> conditions = new HashMap<>();
        Map<String, SettingInfo> settings = new HashMap<>();
        Map<String, VocabularyTerm> terms = new HashMap<>();
        List<Icd10Category> icd10 = new ArrayList<>();
        for (Object row : rows) {
            if (row instanceof AreaInfo a) {
                areas.putIfAbsent(a.area(), a);
            } else if (row instanceof ConditionInfo c) {
                conditions.putIfAbsent(c.category(), c);
            } else if (row instanceof SettingInfo s) {
                settings.putIfAbsent(s.setting(), s);
            } else if (row instanceof VocabularyTerm t) {
                terms.putIfAbsent(termKey(t.list(), t.value()), t);
            } else if (row instanceof Icd10Category c) {
                icd10.add(c);
            }
        }
        return new Tables(areas, conditions, settings, terms, icd10);
    }

    /**
     * The row of {@code tables/areas.csv} for an area.
     *
     * @param area an area id such as {@code walk-150-feet}; null is allowed
     * @return its row, or null when the table has none (a {@code from} pattern then matches nothing)
     */
    public AreaInfo area(String area) {
        return areas.get(area);
    }

    /**
     * The row of {@code tables/conditions.csv} for a condition category, for a reason that names the condition in
     * words ({@code ConditionInfo( $label : label ) from tables.condition( $c )}) rather than by its code.
     *
     * @param category a condition category such as {@code hand-injury}; null is allowed
     * @return its row, or null when the table has none (a {@code from} pattern then matches nothing)
     */
    public ConditionInfo condition(String category) {
        return conditions.get(category);
    }

    /**
     * The row of {@code tables/settings.csv} for a setting
     * ({@code SettingInfo( $by : maintenanceBy != null ) from tables.setting( $s )}).
     *
     * @param setting a setting id such as {@code skilled-nursing}; null is allowed
     * @return its row, or null when the table has none (a {@code from} pattern then matches nothing)
     */
    public SettingInfo setting(String setting) {
        return settings.get(setting);
    }

    /**
     * How a setting reads in a reason ({@code tables/settings.csv} label: "skilled nursing facility", not
     * {@code skilled-nursing}). Meant for a rule's consequence ({@code tables.settingLabel( $cc.setting() )}): it
     * always gives a value, so wording a reason never keeps a rule from firing.
     *
     * @param setting a setting id such as {@code outpatient}; null is allowed
     * @return the row's label, or the id itself (null for null) when the table has no label for it
     */
    public String settingLabel(String setting) {
        SettingInfo s = settings.get(setting);
        return s == null || s.label() == null ? setting : s.label();
    }

    /**
     * What a value of one of {@code tables/vocabulary.csv}'s lists means, for a reason that gives the meaning rather
     * than the code ({@code String( $how : this ) from tables.meaning( "unit-method", $method )}). Unlike the row
     * look-ups this always gives a value, so a rule that only words its reason with it still fires when the table
     * lacks the row.
     *
     * @param list  the list, such as {@code unit-method}; null is allowed
     * @param value the value, such as {@code per-code}; null is allowed
     * @return the row's meaning, or the value itself when the table has no such row
     */
    public String meaning(String list, String value) {
        VocabularyTerm t = terms.get(termKey(list, value));
        return t == null || t.meaning() == null ? value : t.meaning();
    }

    /**
     * The row of {@code tables/fhir-icd10-categories.csv} an ICD-10-CM code belongs to: the one with the longest prefix
     * the code starts with, the category the FHIR reader maps the code to
     * ({@code Icd10Category( $cat : category ) from tables.icd10Category( $code )}).
     *
     * @param code an ICD-10-CM code such as {@code G12.21}; null is allowed
     * @return that row, or null when no prefix matches (a {@code from} pattern then matches nothing)
     */
    public Icd10Category icd10Category(String code) {
        List<Icd10Category> rows = icd10Rows(code);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Every row of {@code tables/fhir-icd10-categories.csv} whose prefix an ICD-10-CM code starts with, longest prefix
     * first: a chapter-wide row and the more specific ones under it, each with the categories it allows
     * ({@code not Icd10Category( category == $given || alsoFits contains $given ) from tables.icd10Rows( $code )}).
     *
     * @param code an ICD-10-CM code; null is allowed
     * @return the matching rows (empty for null or when none matches)
     */
    public List<Icd10Category> icd10Rows(String code) {
        return Icd10Category.matching(icd10, code);
    }

    private static String termKey(String list, String value) {
        return list + "\u0000" + value;
    }
}
