package org.jianding.app.exams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperKind;
import org.jianding.app.papers.PaperStatus;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.Words;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a session draft must be before {@link ExamSessions} saves it: the defaults it takes from its blueprint, and
 * every problem worded for the reader (the form shows them all at once; saving refuses with the same words). Reads
 * posts, papers and blueprints, writes nothing.
 */
@Component
class SessionDrafts {

    static final int MAX_TITLE = 200;
    static final int MAX_INSTRUCTIONS = 20_000;
    static final int MAX_DURATION_MINUTES = 600;
    static final int MAX_ATTEMPTS = 10;

    private final Accounts accounts;
    private final Papers papers;
    private final Blueprints blueprints;
    private final MessageSource messages;

    SessionDrafts(Accounts accounts, Papers papers, Blueprints blueprints, MessageSource messages) {
        this.accounts = accounts;
        this.papers = papers;
        this.blueprints = blueprints;
        this.messages = messages;
    }

    /** Every problem of the draft, in the reader's language, in form order; empty when it may be saved. */
    List<String> problems(SessionDraft given, Locale locale) {
        Words w = new Words(messages, locale);
        SessionDraft d = withDefaults(given);
        List<String> problems = new ArrayList<>();
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(w.get("exam.session.problem.title", String.valueOf(MAX_TITLE)));
        }
        Post post = d.postId() == null
                ? null
                : accounts.posts().stream()
                        .filter(p -> p.id() == d.postId())
                        .findFirst()
                        .orElse(null);
        if (post == null) {
            problems.add(w.get("exam.session.problem.post"));
        }
        if (d.level() == null) {
            problems.add(w.get("exam.session.problem.level"));
        }
        if ((d.paperId() == null) == (d.blueprintVersionId() == null)) {
            problems.add(w.get("exam.session.problem.source"));
        } else if (d.paperId() != null) {
            PaperContent paper = existing(() -> papers.content(d.paperId()));
            if (paper == null) {
                problems.add(w.get("exam.session.problem.paperMissing", String.valueOf(d.paperId())));
            } else if (paper.paper().kind() != PaperKind.FIXED || paper.paper().status() != PaperStatus.PUBLISHED) {
                problems.add(w.get(
                        "exam.session.problem.paperNotFixed", paper.paper().title()));
            } else {
                checkMatches(blueprints.version(paper.paper().blueprintVersionId()), d, problems, w);
            }
        } else {
            BlueprintVersion version = existing(() -> blueprints.version(d.blueprintVersionId()));
            if (version == null) {
                problems.add(w.get("exam.session.problem.blueprintMissing", String.valueOf(d.blueprintVersionId())));
            } else {
                checkMatches(version, d, problems, w);
            }
        }
        if (d.modeOrOnline() == SittingMode.PAPER) {
            if (d.paperId() == null) {
                problems.add(w.get("exam.session.problem.paperMode"));
            }
            if (d.attemptsAllowed() != null && d.attemptsAllowed() != 1) {
                problems.add(w.get("exam.session.problem.paperAttempts"));
            }
        }
        int duration = d.durationMinutes() == null ? 0 : d.durationMinutes();
        if (duration < 1 || duration > MAX_DURATION_MINUTES) {
            problems.add(w.get("exam.session.problem.duration", String.valueOf(MAX_DURATION_MINUTES)));
        }
        if (d.opensAt() == null || d.closesAt() == null) {
            problems.add(w.get("exam.session.problem.times"));
        } else if (!d.closesAt().isAfter(d.opensAt())) {
            problems.add(w.get("exam.session.problem.order"));
        } else if (duration > 0 && Duration.between(d.opensAt(), d.closesAt()).toMinutes() < duration) {
            problems.add(w.get("exam.session.problem.window", String.valueOf(duration)));
        }
        if (d.lateEntryMinutes() != null && d.lateEntryMinutes() < 0) {
            problems.add(w.get("exam.session.problem.lateEntry"));
        }
        int minHandIn = d.minMinutesBeforeHandIn() == null ? 0 : d.minMinutesBeforeHandIn();
        if (minHandIn < 0 || (duration > 0 && minHandIn > duration)) {
            problems.add(w.get("exam.session.problem.minHandIn"));
        }
        int attempts = d.attemptsAllowed() == null ? 1 : d.attemptsAllowed();
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            problems.add(w.get("exam.session.problem.attempts", String.valueOf(MAX_ATTEMPTS)));
        }
        if (d.maxFocusLosses() != null && d.maxFocusLosses() < 1) {
            problems.add(w.get("exam.session.problem.focusLosses"));
        }
        if (d.instructions() != null && d.instructions().length() > MAX_INSTRUCTIONS) {
            problems.add(w.get("exam.session.problem.instructions", String.valueOf(MAX_INSTRUCTIONS)));
        }
        return problems;
    }

    /**
     * The draft with what was left empty filled in: no duration takes the duration of the blueprint behind the
     * chosen paper or blueprint version (when it names one).
     */
    SessionDraft withDefaults(SessionDraft d) {
        if (d.durationMinutes() != null) {
            return d;
        }
        Long versionId = d.blueprintVersionId();
        if (versionId == null && d.paperId() != null) {
            PaperContent paper = existing(() -> papers.content(d.paperId()));
            versionId = paper == null ? null : paper.paper().blueprintVersionId();
        }
        Long id = versionId;
        BlueprintVersion version = id == null ? null : existing(() -> blueprints.version(id));
        if (version == null || version.spec().durationMinutes() <= 0) {
            return d;
        }
        return new SessionDraft(
                d.title(),
                d.postId(),
                d.level(),
                d.paperId(),
                d.blueprintVersionId(),
                d.opensAt(),
                d.closesAt(),
                version.spec().durationMinutes(),
                d.lateEntryMinutes(),
                d.minMinutesBeforeHandIn(),
                d.attemptsAllowed(),
                d.shuffleQuestions(),
                d.shuffleOptions(),
                d.resultsRelease(),
                d.showKeysAfterRelease(),
                d.maxFocusLosses(),
                d.instructions(),
                d.mode());
    }

    /** Refuses a draft with any problem, all of them named in the reader's language. */
    void check(SessionDraft d) {
        Words w = Words.ofReader(messages);
        List<String> problems = problems(d, w.locale());
        if (!problems.isEmpty()) {
            String separator = w.chinese() ? "；" : "; ";
            throw DomainException.badRequest("exam.session.invalid", String.join(separator, problems));
        }
    }

    /** The thing, or null when it does not exist (a stale or forged id in a form). */
    private static <T> T existing(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (DomainException e) {
            if (e.getStatusCode().value() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static void checkMatches(BlueprintVersion version, SessionDraft d, List<String> problems, Words w) {
        if (d.postId() != null && version.postId() != d.postId()) {
            problems.add(w.get("exam.session.problem.postMismatch", version.postName()));
        }
        if (d.level() != null && version.level() != d.level()) {
            problems.add(w.get(
                    "exam.session.problem.levelMismatch",
                    w.chinese()
                            ? version.level().label()
                            : w.get("level." + version.level().name())));
        }
    }
}
