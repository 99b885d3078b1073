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
        // no duration: the session takes the blueprint's (ExamSessions.withDefaults)
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

    /** The draft, with what cannot even be read (a time or a number) added to {@code problems}. */
    SessionDraft toDraft(ZoneId zone, List<String> problems) {
        Long paperId = null;
        Long blueprintVersionId = null;
        String src = blankToNull(source);
        if (src != null) {
            if (src.startsWith("paper:")) {
                paperId = number(src.substring(6), "试卷", problems);
            } else if (src.startsWith("blueprint:")) {
                blueprintVersionId = number(src.substring(10), "比重表版本", problems);
            } else {
                problems.add("无法识别所选的试卷来源");
            }
        }
        Level lvl = null;
        if (blankToNull(level) != null) {
            lvl = Level.parse(level).orElse(null);
            if (lvl == null) {
                problems.add("无法识别级别“" + level + "”");
            }
        }
        ResultsRelease release = ResultsRelease.MANUAL;
        if (blankToNull(resultsRelease) != null) {
            try {
                release = ResultsRelease.valueOf(resultsRelease.strip());
            } catch (IllegalArgumentException e) {
                problems.add("无法识别成绩公布方式“" + resultsRelease + "”");
            }
        }
        return new SessionDraft(
                title == null ? "" : title.strip(),
                number(postId, "岗位", problems),
                lvl,
                paperId,
                blueprintVersionId,
                time(opensAt, "开考时间", zone, problems),
                time(closesAt, "结束时间", zone, problems),
                integer(durationMinutes, "考试时长", problems),
                integer(lateEntryMinutes, "迟到限制", problems),
                integer(minMinutesBeforeHandIn, "最短交卷时间", problems),
                integer(attemptsAllowed, "允许作答次数", problems),
                Boolean.TRUE.equals(shuffleQuestions),
                Boolean.TRUE.equals(shuffleOptions),
                release,
                Boolean.TRUE.equals(showKeysAfterRelease),
                integer(maxFocusLosses, "离开页面次数上限", problems),
                instructions == null || instructions.isBlank() ? null : instructions.strip(),
                "PAPER".equals(mode) ? SittingMode.PAPER : SittingMode.ONLINE);
    }

    private static Instant time(String value, String label, ZoneId zone, List<String> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(label + "“" + v + "”不是有效的日期时间");
            return null;
        }
    }

    private static Integer integer(String value, String label, List<String> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add(label + "“" + v + "”不是整数");
            return null;
        }
    }

    private static Long number(String value, String label, List<String> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add("无法识别所选的" + label);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
