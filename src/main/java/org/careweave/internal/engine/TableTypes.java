package org.careweave.internal.engine;

import java.util.Map;
import java.util.TreeMap;
import org.careweave.fact.AfterDischargeArea;
import org.careweave.fact.AftercareCode;
import org.careweave.fact.AreaInfo;
import org.careweave.fact.AssistLevel;
import org.careweave.fact.ChildWording;
import org.careweave.fact.CodeInfo;
import org.careweave.fact.ComplicationSign;
import org.careweave.fact.EpisodeArea;
import org.careweave.fact.ConditionEvaluation;
import org.careweave.fact.ConditionHomeProgram;
import org.careweave.fact.ConditionInfo;
import org.careweave.fact.Icd10Chapter;
import org.careweave.fact.ConditionIntervention;
import org.careweave.fact.ConditionLead;
import org.careweave.fact.ConditionPrecaution;
import org.careweave.fact.ConditionRegionCode;
import org.careweave.fact.DischargeGoalLevel;
import org.careweave.fact.DrivingDeficit;
import org.careweave.fact.DisciplineDomain;
import org.careweave.fact.DisciplineInfo;
import org.careweave.fact.EquipmentCover;
import org.careweave.fact.EquipmentOption;
import org.careweave.fact.EvaluateFirst;
import org.careweave.fact.OneHandedSign;
import org.careweave.fact.EvaluationWindow;
import org.careweave.fact.FindingNatureCode;
import org.careweave.fact.FindingThreshold;
import org.careweave.fact.FrequencyDefault;
import org.careweave.fact.FunctionalGoal;
import org.careweave.fact.AreaGroup;
import org.careweave.fact.GoalAid;
import org.careweave.fact.GoalManner;
import org.careweave.fact.GoalArea;
import org.careweave.fact.GoalWord;
import org.careweave.fact.GoalCourse;
import org.careweave.fact.GradeBand;
import org.careweave.fact.HealingWindow;
import org.careweave.fact.ThresholdActivity;
import org.careweave.fact.HomeProgramOption;
import org.careweave.fact.InterventionOption;
import org.careweave.fact.JointGoal;
import org.careweave.fact.NaturePhase;
import org.careweave.fact.PrecautionLimit;
import org.careweave.fact.PrecautionText;
import org.careweave.fact.ScorePrecaution;
import org.careweave.fact.PriorFunctionLevel;
import org.careweave.fact.ProtocolHomeProgram;
import org.careweave.fact.ProgrammeCondition;
import org.careweave.fact.RecentOnset;
import org.careweave.fact.ReferralOption;
import org.careweave.fact.ScoreGoal;
import org.careweave.fact.SettingInfo;
import org.careweave.fact.ShortTermGoalSpan;
import org.careweave.fact.SettingRule;
import org.careweave.fact.SourceInfo;
import org.careweave.fact.VocabularyTerm;

/**
 * Which fact type each table under {@code rules/tables/} holds. A new table is a new fact type, so it is
 * registered here, next to the record it fills; its rows are then ordinary facts to every rule.
 */
final class TableTypes {

    private static final Map<String, Class<? extends Record>> TYPES = new TreeMap<>();

    static {
        register("areas", AreaInfo.class);
        register("codes", CodeInfo.class);
        register("interventions", InterventionOption.class);
        register("frequency", FrequencyDefault.class);
        register("episode-areas", EpisodeArea.class);
        register("finding-thresholds", FindingThreshold.class);
        register("disciplines", DisciplineInfo.class);
        register("conditions", ConditionInfo.class);
        register("icd10-cm-chapters", Icd10Chapter.class);
        register("condition-evaluations", ConditionEvaluation.class);
        register("evaluation-windows", EvaluationWindow.class);
        register("evaluate-first", EvaluateFirst.class);
        register("condition-interventions", ConditionIntervention.class);
        register("condition-regions", ConditionRegionCode.class);
        register("finding-natures", FindingNatureCode.class);
        register("nature-phases", NaturePhase.class);
        register("settings", SettingInfo.class);
        register("setting-rules", SettingRule.class);
        register("discipline-domains", DisciplineDomain.class);
        register("vocabulary", VocabularyTerm.class);
        register("sources", SourceInfo.class);
        register("assist-levels", AssistLevel.class);
        register("prior-function-levels", PriorFunctionLevel.class);
        register("goal-course", GoalCourse.class);
        register("recent-onset", RecentOnset.class);
        register("programme-conditions", ProgrammeCondition.class);
        register("condition-precautions", ConditionPrecaution.class);
        register("condition-leads", ConditionLead.class);
        register("goal-aids", GoalAid.class);
        register("area-groups", AreaGroup.class);
        register("goal-manners", GoalManner.class);
        register("goal-areas", GoalArea.class);
        register("goal-words", GoalWord.class);
        register("functional-goals", FunctionalGoal.class);
        register("joint-goals", JointGoal.class);
        register("score-goals", ScoreGoal.class);
        register("short-term-goals", ShortTermGoalSpan.class);
        register("discharge-goal-levels", DischargeGoalLevel.class);
        register("grade-bands", GradeBand.class);
        register("threshold-activities", ThresholdActivity.class);
        register("precaution-texts", PrecautionText.class);
        register("precaution-limits", PrecautionLimit.class);
        register("score-precautions", ScorePrecaution.class);
        register("discharge-equipment", EquipmentOption.class);
        register("one-handed", OneHandedSign.class);
        register("driving-deficits", DrivingDeficit.class);
        register("equipment-covers", EquipmentCover.class);
        register("home-programs", HomeProgramOption.class);
        register("condition-home-programs", ConditionHomeProgram.class);
        register("referrals", ReferralOption.class);
        register("after-discharge-areas", AfterDischargeArea.class);
        register("child-wording", ChildWording.class);
        register("aftercare", AftercareCode.class);
        register("protocol-home-programs", ProtocolHomeProgram.class);
        register("protocol-complications", ComplicationSign.class);
        register("healing-windows", HealingWindow.class);
        register(ColumnTypes.TABLE, ColumnType.class);
        BillingTables.register(TableTypes::register);
    }

    private TableTypes() {}

    private static void register(String name, Class<? extends Record> type) {
        TYPES.put(name, type);
    }

    /** The record type for {@code tables/<name>.csv}, or null when no such table is known. */
    static Class<? extends Record> forName(String name) {
        return TYPES.get(name);
    }

    static Map<String, Class<? extends Record>> all() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }

    /** Registration hook so the billing package adds its tables without this class knowing them. */
    interface Registrar {
        void register(String name, Class<? extends Record> type);
    }
}
