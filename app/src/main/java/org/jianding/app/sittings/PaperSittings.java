package org.jianding.app.sittings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.Enrollee;
import org.jianding.app.exams.Enrolments;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.PaperAttempts;
import org.jianding.app.exams.SessionStatus;
import org.jianding.app.grading.ImportedResults;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PublishedPapers;
import org.jianding.app.printing.AnswerSheet;
import org.jianding.app.printing.AnswerSheetPdf;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.app.shared.Words;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 纸笔考试 for exam administrators: the 答题卡, the score template, the preview of an uploaded score file with every
 * problem by row and column, and the import: one transaction that replaces (when confirmed) an earlier unreleased
 * import, writes a handed-in attempt per candidate who sat and marks it, or writes nothing. Audited.
 */
@Service
@RetriedOnConflict
@Transactional
public class PaperSittings {

    /** Where a session stands for an import: attempts already imported, and results already released. */
    public record State(ExamSession session, int imported, int released, boolean open) {

        /** Whether an import may be confirmed now (perhaps as a replacement). */
        public boolean importable() {
            return open && released == 0;
        }
    }

    /** A checked file with the session's state, for the preview page. */
    public record Preview(State state, ImportPlan plan) {}

    /** What an import wrote. */
    public record Imported(int sat, int absent, int marked, boolean replaced) implements java.io.Serializable {}

    private final ExamSessions sessions;
    private final Enrolments enrolments;
    private final PublishedPapers papers;
    private final PaperAttempts attempts;
    private final ImportedResults results;
    private final AnswerSheetPdf answerSheets;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    PaperSittings(
            ExamSessions sessions,
            Enrolments enrolments,
            PublishedPapers papers,
            PaperAttempts attempts,
            ImportedResults results,
            AnswerSheetPdf answerSheets,
            AuditLog audit,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.papers = papers;
        this.attempts = attempts;
        this.results = results;
        this.answerSheets = answerSheets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public State state(long sessionId) {
        ExamSession session = paperSession(sessionId);
        boolean open =
                session.status() == SessionStatus.PUBLISHED && !clock.instant().isBefore(session.opensAt());
        return new State(session, attempts.attemptIds(sessionId).size(), results.released(sessionId), open);
    }

    /** The score template: item labels and maxima of the paper, one row per enrolled candidate (工号 姓名). */
    public byte[] template(long sessionId) {
        ExamSession session = paperSession(sessionId);
        audit.record("sitting.templateDownloaded", "examSession", sessionId, session.title());
        return ScoreTemplate.write(sheet(session));
    }

    /** The 答题卡, one per enrolled candidate. */
    public byte[] answerSheet(long sessionId) {
        ExamSession session = paperSession(sessionId);
        SittingSheet sheet = sheet(session);
        PaperContent paper = papers.content(session.paperId());
        List<AnswerSheet.Row> rows = new ArrayList<>();
        for (SittingSheet.Item item : sheet.items()) {
            List<String> choices = item.type() == org.jianding.bank.item.QuestionType.TRUE_FALSE
                    ? List.of("对", "错")
                    : item.objective() ? List.copyOf(item.letters()) : List.of();
            rows.add(new AnswerSheet.Row(item.label(), item.type().chineseName(), choices, item.max()));
        }
        List<AnswerSheet.Candidate> candidates = sheet.roster().stream()
                .map(e -> new AnswerSheet.Candidate(e.employeeNo(), e.displayName()))
                .toList();
        audit.record("sitting.answerSheetPrinted", "examSession", sessionId, session.title());
        return answerSheets.print(new AnswerSheet(
                session.title(), paper.paper().title() + "　" + session.level().label(), candidates, rows));
    }

    /** Checks an uploaded file; nothing is written. Refused only when the file cannot be read at all. */
    @Transactional(readOnly = true)
    public Preview preview(long sessionId, byte[] file) {
        State state = state(sessionId);
        return new Preview(state, ScoreFiles.check(file, sheet(state.session()), Words.ofReader(messages)));
    }

    /**
     * Imports the file whole: refused with nothing written when it has any problem, before the sitting, after
     * release, or (without {@code replaceConfirmed}) when an earlier import would be replaced.
     */
    public Imported importScores(long sessionId, byte[] file, boolean replaceConfirmed) {
        State state = state(sessionId);
        ExamSession session = state.session();
        if (!state.open()) {
            throw DomainException.conflict("sittings.notOpen");
        }
        if (state.released() > 0) {
            throw DomainException.conflict("grading.paper.released");
        }
        ImportPlan plan = ScoreFiles.check(file, sheet(session), Words.ofReader(messages));
        if (!plan.acceptable()) {
            throw DomainException.badRequest(
                    "sittings.rejected", plan.problems().size(), plan.rowsWithProblems());
        }
        List<Long> earlier = attempts.attemptIds(sessionId);
        boolean replaced = !earlier.isEmpty();
        if (replaced && !replaceConfirmed) {
            throw DomainException.conflict("sittings.replace.unconfirmed", earlier.size());
        }
        if (replaced) {
            results.removeUnreleased(sessionId, earlier);
            attempts.removeAll(sessionId);
            audit.record(
                    "sitting.replaced",
                    "examSession",
                    sessionId,
                    session.title() + "：撤下上次导入的 " + earlier.size() + " 份答卷");
        }
        List<PaperAttempts.Sitting> sittings = plan.lines().stream()
                .filter(l -> !l.absent())
                .map(l -> new PaperAttempts.Sitting(l.candidate().candidateId(), l.answers(), l.points()))
                .toList();
        Map<Long, Long> ids = attempts.record(sessionId, sittings);
        int marked = results.mark(List.copyOf(ids.values()));
        audit.recordAll(
                "sitting.attemptImported",
                "examAttempt",
                plan.lines().stream()
                        .filter(l -> !l.absent())
                        .map(l -> new AuditLog.Target(
                                ids.get(l.candidate().candidateId()),
                                name(l.candidate()) + "：第 " + l.row() + " 行，按字母评分 "
                                        + l.answers().size() + " 题，填写得分 "
                                        + l.points().size() + " 题共 " + ScoreFileCheck.plain(l.writtenPoints()) + " 分"))
                        .toList());
        List<String> absent = new ArrayList<>();
        plan.lines().stream().filter(ImportPlan.Line::absent).forEach(l -> absent.add(name(l.candidate())));
        plan.notInFile().forEach(e -> absent.add(name(e)));
        audit.record(
                "sitting.imported",
                "examSession",
                sessionId,
                session.title() + "：" + plan.format() + "，实考 " + sittings.size() + " 人，缺考 " + absent.size() + " 人"
                        + (absent.isEmpty() ? "" : "（" + names(absent) + "）"));
        return new Imported(sittings.size(), absent.size(), marked, replaced);
    }

    private static String names(List<String> names) {
        return names.size() <= 100
                ? String.join("、", names)
                : String.join("、", names.subList(0, 100)) + " 等 " + names.size() + " 人";
    }

    private static String name(Enrollee e) {
        return e.employeeNo() + " " + e.displayName();
    }

    private SittingSheet sheet(ExamSession session) {
        return SittingSheet.of(papers.content(session.paperId()), enrolments.roster(session.id()));
    }

    private ExamSession paperSession(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        if (!session.onPaper() || session.paperId() == null) {
            throw DomainException.conflict("exam.paper.notPaper");
        }
        return session;
    }
}
