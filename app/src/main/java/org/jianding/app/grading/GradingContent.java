package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.grading.db.tables.records.GradingTaskRecord;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.marking.Response;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Reads what a grader sees of a task: the question at the paper's version, its rubric and the answer text. */
@Component
class GradingContent {

    private static final TypeReference<List<BigDecimal>> SCORES = new TypeReference<>() {};

    private final GradingRepository repository;
    private final Papers papers;
    private final ExamRecords exams;

    GradingContent(GradingRepository repository, Papers papers, ExamRecords exams) {
        this.repository = repository;
        this.papers = papers;
        this.exams = exams;
    }

    PaperQuestion question(long attemptId, int position) {
        return papers.content(repository.paperOf(attemptId)).questions().stream()
                .filter(q -> q.position() == position)
                .findFirst()
                .orElseThrow();
    }

    /** The rubric of a part: the short answer itself (part 0) or the short-answer sub-question of a case. */
    static ShortAnswer rubricOf(Question q, int partNo) {
        QuestionBody body = partNo == 0
                ? q.body()
                : ((CaseAnalysis) q.body()).subQuestions().get(partNo - 1).body();
        return (ShortAnswer) body;
    }

    /** A short title of a question for lists: type and the start of its stem (or case text). */
    static String title(Question q) {
        String text = q.body() instanceof CaseAnalysis ca && q.stem().isEmpty() ? ca.caseText() : q.stem();
        String type = q.body() instanceof CaseAnalysis ? "案例分析" : "简答";
        return type + "：" + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }

    static List<BigDecimal> scores(GradingTaskRecord t) {
        return t.getScores() == null ? List.of() : Marking.JSON.readValue(t.getScores(), SCORES);
    }

    TaskView view(
            GradingTaskRecord t, String salt, String sessionTitle, boolean editable, List<BigDecimal> earlierMarks) {
        PaperQuestion pq = question(t.getAttemptId(), t.getPosition());
        Question q = pq.content();
        ShortAnswer rubric = rubricOf(q, t.getPartNo());
        String partStem = null;
        String caseText = null;
        if (q.body() instanceof CaseAnalysis ca) {
            SubQuestion sub = ca.subQuestions().get(t.getPartNo() - 1);
            partStem = sub.stem();
            caseText = ca.caseText();
        }
        List<TaskView.RubricLine> lines = new ArrayList<>();
        rubric.rubric().forEach(r -> lines.add(new TaskView.RubricLine(r.points(), r.description())));
        return new TaskView(
                t.getId(),
                AnonymousLabel.of(salt, t.getAttemptId()),
                t.getRoundNo(),
                t.getSessionId(),
                sessionTitle,
                t.getQuestionId(),
                q.type().name(),
                q.stem(),
                caseText,
                t.getPartNo(),
                partStem,
                rubric.referenceAnswer(),
                lines,
                t.getMaxPoints(),
                answer(t, q),
                scores(t),
                t.getCommentText(),
                GradingRepository.DONE.equals(t.getStatus()),
                editable,
                earlierMarks);
    }

    private String answer(GradingTaskRecord t, Question q) {
        String json = exams.submitted(t.getAttemptId())
                .map(a -> a.answers().get(t.getPosition()))
                .orElse(null);
        Response r = Responses.parse(q.body(), json);
        if (r instanceof Response.Parts p) {
            r = p.parts().get(t.getPartNo());
        }
        return r instanceof Response.Essay e ? e.text() : "";
    }
}
