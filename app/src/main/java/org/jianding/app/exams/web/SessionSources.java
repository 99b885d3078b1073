package org.jianding.app.exams.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.blueprints.BlueprintSummary;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.PaperKind;
import org.jianding.app.papers.PaperStatus;
import org.jianding.app.papers.PaperSummary;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.Words;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a session may take its questions from: published fixed papers, and blueprint versions (one form per
 * candidate). Each choice carries its post and level so that the form shows only those of the session's post and
 * level.
 */
@Component
class SessionSources {

    /** One choice: {@code value} is {@code paper:ID} or {@code blueprint:ID}. */
    record Option(String value, String label, long postId, String level, boolean paper) {}

    private final Papers papers;
    private final Blueprints blueprints;
    private final MessageSource messages;

    SessionSources(Papers papers, Blueprints blueprints, MessageSource messages) {
        this.papers = papers;
        this.blueprints = blueprints;
        this.messages = messages;
    }

    /** Every choice, labelled in the reader's words. */
    List<Option> all() {
        Words w = Words.ofReader(messages);
        List<Option> options = new ArrayList<>();
        Map<Long, BlueprintVersion> versions = new HashMap<>();
        for (PaperSummary p : papers.list(PaperKind.FIXED)) {
            if (p.status() != PaperStatus.PUBLISHED) {
                continue;
            }
            BlueprintVersion v = versions.computeIfAbsent(p.blueprintVersionId(), blueprints::version);
            options.add(new Option(
                    "paper:" + p.id(),
                    w.get("examAdmin.source.paper", String.valueOf(p.id()), p.title()),
                    v.postId(),
                    v.level().name(),
                    true));
        }
        for (BlueprintSummary b : blueprints.list()) {
            for (BlueprintVersion v : blueprints.versions(b.id())) {
                boolean current = v.id() == b.currentVersionId();
                options.add(new Option(
                        "blueprint:" + v.id(),
                        w.get(current ? "examAdmin.source.currentBlueprint" : "examAdmin.source.blueprint", v.name()),
                        v.postId(),
                        v.level().name(),
                        false));
            }
        }
        return options;
    }
}
