package org.careweave.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.careweave.fact.billing.EvaluationComplexity;

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
    private final Map<String, List<GoalArea>> goalAreas;
    private final Map<String, List<FindingThreshold>> findingThresholds;
    private final Map<String, List<FindingNatureCode>> findingNatures;
    private final Map<String, List<ConditionRegionCode>> conditionRegions;
    private final Map<String, List<PrecautionLimit>> precautionLimits;
    private final Map<String, List<JointGoal>> jointGoals;
    private final Map<String, List<GradeBand>> gradeBands;
    private final Map<String, List<EquipmentCover>> equipmentCovers;
    private final Map<String, List<EvaluationComplexity>> evaluationComplexity;
    private final Map<String, List<FunctionalGoal>> functionalGoals;
    private final Map<String, List<InterventionOption>> interventions;

    private Tables(Map<String, AreaInfo> areas, Map<String, ConditionInfo> conditions, Map<String, SettingInfo> settings,
            Map<String, VocabularyTerm> terms, Collection<?> rows) {
        this.areas = Collections.unmodifiableMap(areas);
        this.conditions = Collections.unmodifiableMap(conditions);
        this.settings = Collections.unmodifiableMap(settings);
        this.terms = Collections.unmodifiableMap(terms);
        this.goalAreas = byKey(rows, GoalArea.class, GoalArea::activity);
        this.findingThresholds = byKey(rows, FindingThreshold.class, FindingThreshold::area);
        this.findingNatures = byKey(rows, FindingNatureCode.class, FindingNatureCode::area);
        this.conditionRegions = byKey(rows, ConditionRegionCode.class, ConditionRegionCode::category);
        this.precautionLimits = byKey(rows, PrecautionLimit.class, PrecautionLimit::kind);
        this.jointGoals = byKey(rows, JointGoal.class, JointGoal::area);
        this.gradeBands = byKey(rows, GradeBand.class, GradeBand::area);
        this.equipmentCovers = byKey(rows, EquipmentCover.class, EquipmentCover::covers);
        this.evaluationComplexity = byKey(rows, EvaluationComplexity.class, EvaluationComplexity::code);
        this.functionalGoals = byKey(rows, FunctionalGoal.class, FunctionalGoal::area);
        this.interventions = byKey(rows, InterventionOption.class, InterventionOption::area);
    }

    /** The rows of one type grouped by a key (null is a key too), each group in the table's row order, read-only. */
    private static <T> Map<String, List<T>> byKey(Collection<?> rows, Class<T> type, Function<T, String> key) {
        Map<String, List<T>> out = new HashMap<>();
        for (Object row : rows) {
            if (type.isInstance(row)) {
                T t = type.cast(row);
                out.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    private static <T> List<T> rows(Map<String, List<T>> index, String key) {
        return index.getOrDefault(key, List.of());
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
        for (Object row : rows) {
            if (row instanceof AreaInfo a) {
                areas.putIfAbsent(a.area(), a);
            } else if (row instanceof ConditionInfo c) {
                conditions.putIfAbsent(c.category(), c);
            } else if (row instanceof SettingInfo s) {
                settings.putIfAbsent(s.setting(), s);
            } else if (row instanceof VocabularyTerm t) {
                terms.putIfAbsent(termKey(t.list(), t.value()), t);
            }
        }
        return new Tables(areas, conditions, settings, terms, rows);
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
     * The rows of {@code tables/goal-areas.csv} for a patient's goal activity.
     *
     * @param activity an activity such as {@code drive}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<GoalArea> goalAreas(String activity) {
        return rows(goalAreas, activity);
    }

    /**
     * The rows of {@code tables/finding-thresholds.csv} for an area ({@code gg-item} for the Section GG row).
     *
     * @param area an area id such as {@code balance}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<FindingThreshold> findingThresholds(String area) {
        return rows(findingThresholds, area);
    }

    /**
     * The rows of {@code tables/finding-natures.csv} for a finding's area.
     *
     * @param area an area id such as {@code sensation}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<FindingNatureCode> findingNatures(String area) {
        return rows(findingNatures, area);
    }

    /**
     * The rows of {@code tables/condition-regions.csv} for a condition category.
     *
     * @param category a condition category such as {@code amputation}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<ConditionRegionCode> conditionRegions(String category) {
        return rows(conditionRegions, category);
    }

    /**
     * The rows of {@code tables/precaution-limits.csv} for a precaution kind; null gives the rows without a kind
     * (a referral's programme).
     *
     * @param kind a precaution kind such as {@code sternal}, or null
     * @return its rows in table order, empty when there are none
     */
    public List<PrecautionLimit> precautionLimits(String kind) {
        return rows(precautionLimits, kind);
    }

    /**
     * The rows of {@code tables/joint-goals.csv} for an area.
     *
     * @param area an area id such as {@code range-of-motion}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<JointGoal> jointGoals(String area) {
        return rows(jointGoals, area);
    }

    /**
     * The rows of {@code tables/grade-bands.csv} for an area.
     *
     * @param area an area id such as {@code strength}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<GradeBand> gradeBands(String area) {
        return rows(gradeBands, area);
    }

    /**
     * The rows of {@code tables/equipment-covers.csv} for the item they cover (whose work another item does).
     *
     * @param covers an equipment item such as {@code shower-chair}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<EquipmentCover> equipmentCovers(String covers) {
        return rows(equipmentCovers, covers);
    }

    /**
     * The rows of {@code tables/evaluation-complexity.csv} for an evaluation code.
     *
     * @param code a CPT code such as {@code 97163}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<EvaluationComplexity> evaluationComplexity(String code) {
        return rows(evaluationComplexity, code);
    }

    /**
     * The rows of {@code tables/functional-goals.csv} for an area (every region and nature of it).
     *
     * @param area an area id such as {@code toileting}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<FunctionalGoal> functionalGoals(String area) {
        return rows(functionalGoals, area);
    }

    /**
     * The rows of {@code tables/interventions.csv} for an area (both disciplines', every nature).
     *
     * @param area an area id such as {@code balance}; null is allowed
     * @return its rows in table order, empty when there are none
     */
    public List<InterventionOption> interventions(String area) {
        return rows(interventions, area);
    }

    private static String termKey(String list, String value) {
        return list + "\u0000" + value;
    }
}
