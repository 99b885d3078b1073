package org.jianding.app.exams.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ResultsRelease;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.exams.SittingMode;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;

/**
 * The session form as typed: every field a string, so that what the user entered comes back unchanged with the
 * problems. Times are {@code datetime-local} values in the display zone. The source is {@code paper:ID} (a published
 * fixed paper) or {@code blueprint:ID} (a blueprint version, one form per candidate).
 */
record SessionForm(
        String title,
        String postId,
        String level,
        String source,
        String opensAt,
        String closesAt,
        String durationMinutes,
        String lateEntryMinutes,
        String minMinutesBeforeHandIn,
        String attemptsAllowed,
        Boolean shuffleQuestions,
        Boolean shuffleOptions,
        String resultsRelease,
        Boolean showKeysAfterRelease,
        String maxFocusLosses,
        String instructions,
        String mode) {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static SessionForm blank() {
        // no duration: the session takes the blueprint's (SessionDrafts.withDefaults)
        return new SessionForm(
                "", "", "", "", "", "", "", "", "0", "1", false, false, "MANUAL", false, "", "", "ONLINE");
    }

    static SessionForm of(ExamSession s, ZoneId zone) {
        return new SessionForm(
                s.title(),
                String.valueOf(s.postId()),
                s.level().name(),
                s.paperId() != null ? "paper:" + s.paperId() : "blueprint:" + s.blueprintVersionId(),
                LOCAL.format(s.opensAt().atZone(zone)),
                LOCAL.format(s.closesAt().atZone(zone)),
                String.valueOf(s.durationMinutes()),
                s.lateEntryMinutes() == null ? "" : String.valueOf(s.lateEntryMinutes()),
                String.valueOf(s.minMinutesBeforeHandIn()),
                String.valueOf(s.attemptsAllowed()),
                s.shuffleQuestions(),
                s.shuffleOptions(),
                s.resultsRelease().name(),
                s.showKeysAfterRelease(),
                s.maxFocusLosses() == null ? "" : String.valueOf(s.maxFocusLosses()),
                s.instructions() == null ? "" : s.instructions(),
                s.mode().name());
    }

    /**
     * The draft, with what cannot even be read (a time or a number) added to {@code problems} in the reader's
     * language.
     */
    SessionDraft toDraft(ZoneId zone, List<String> problems, Words w) {
        Long paperId = null;
        Long blueprintVersionId = null;
        String src = blankToNull(source);
        if (src != null) {
            if (src.startsWith("paper:")) {
                paperId = number(src.substring(6), "paper", problems, w);
            } else if (src.startsWith("blueprint:")) {
                blueprintVersionId = number(src.substring(10), "blueprintVersion", problems, w);
            } else {
                problems.add(w.get("exam.session.problem.unknownSource"));
            }
        }
        Level lvl = null;
        if (blankToNull(level) != null) {
            lvl = Level.parse(level).orElse(null);
            if (lvl == null) {
                problems.add(w.get("exam.session.problem.unknownLevel", level));
            }
        }
        ResultsRelease release = ResultsRelease.MANUAL;
        if (blankToNull(resultsRelease) != null) {
            try {
                release = ResultsRelease.valueOf(resultsRelease.strip());
            } catch (IllegalArgumentException e) {
                problems.add(w.get("exam.session.problem.unknownRelease", resultsRelease));
            }
        }
        return new SessionDraft(
                title == null ? "" : title.strip(),
                number(postId, "post", problems, w),
                lvl,
                paperId,
                blueprintVersionId,
                time(opensAt, "opensAt", zone, problems, w),
                time(closesAt, "closesAt", zone, problems, w),
                integer(durationMinutes, "duration", problems, w),
                integer(lateEntryMinutes, "lateEntry", problems, w),
                integer(minMinutesBeforeHandIn, "minHandIn", problems, w),
                integer(attemptsAllowed, "attempts", problems, w),
                Boolean.TRUE.equals(shuffleQuestions),
                Boolean.TRUE.equals(shuffleOptions),
                release,
                Boolean.TRUE.equals(showKeysAfterRelease),
                integer(maxFocusLosses, "focusLosses", problems, w),
                instructions == null || instructions.isBlank() ? null : instructions.strip(),
                "PAPER".equals(mode) ? SittingMode.PAPER : SittingMode.ONLINE);
    }

    private static Instant time(String value, String field, ZoneId zone, List<String> problems, Words w) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(w.get("exam.session.problem.notTime", w.get("exam.session.field." + field), v));
            return null;
        }
    }

    private static Integer integer(String value, String field, List<String> problems, Words w) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add(w.get("exam.session.problem.notInteger", w.get("exam.session.field." + field), v));
            return null;
        }
    }

    private static Long number(String value, String field, List<String> problems, Words w) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add(w.get("exam.session.problem.unknownChoice", w.get("exam.session.field." + field)));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
