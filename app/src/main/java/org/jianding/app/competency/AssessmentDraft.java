package org.jianding.app.competency;

import java.util.Map;

/**
 * What an assessor filled in, as typed: per behavioural item code the chosen level (enum name, blank for an item
 * not assessed this time) and the evidence. Validated by {@link Assessments#assess}.
 */
public record AssessmentDraft(Map<String, String> levels, Map<String, String> evidence) {

    public AssessmentDraft {
        levels = Map.copyOf(levels);
        evidence = Map.copyOf(evidence);
    }
}
