package org.jianding.app.papers;

import java.util.List;
import org.jianding.app.blueprints.BlueprintVersion;

/** A paper with its blueprint version, its questions in order and what the independent checker finds wrong. */
public record PaperDetail(
        PaperSummary paper, BlueprintVersion blueprint, List<PaperQuestion> questions, List<String> violations) {}
