package org.jianding.app.statistics;

import java.util.List;
import java.util.stream.IntStream;
import org.jianding.bank.statistics.Observation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics over sessions over JSON, for the same people as a session's (certification officers and exam
 * administrators): a paper's pooled over every session that used it, and one question's across sessions. Unrounded;
 * null where undefined. An unknown paper or question answers 404.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
class PooledStatisticsApiController {

    record PaperStatisticsDto(
            long paperId,
            String title,
            int candidates,
            int unmarked,
            ScoreSheetApiController.TestDto test,
            ScoreSheetApiController.TestDto standardScore,
            List<AreaDto> areas,
            List<SessionStatisticsApiController.ItemDto> items,
            List<PaperSittingDto> sittings) {
        static PaperStatisticsDto of(PooledStatistics.OfPaper p) {
            SessionStatistics.Analysed a = p.pooled();
            List<SessionStatisticsApiController.ItemDto> items = IntStream.range(
                            0, a.questions().size())
                    .mapToObj(i -> SessionStatisticsApiController.ItemDto.of(
                            a.questions().get(i), a.statistics().items().get(i)))
                    .toList();
            return new PaperStatisticsDto(
                    p.paperId(),
                    a.title(),
                    a.statistics().test().count(),
                    a.unmarked(),
                    ScoreSheetApiController.TestDto.of(a.statistics().test()),
                    ScoreSheetApiController.TestDto.of(a.standardScore()),
                    a.areas().stream().map(AreaDto::of).toList(),
                    items,
                    p.sittings().stream().map(PaperSittingDto::of).toList());
        }
    }

    /** The question in one session, its item statistics there with the distractor analysis. */
    record QuestionInSessionDto(
            long sessionId,
            String title,
            String level,
            int candidates,
            double maxPoints,
            int responses,
            Double facility,
            Double sd,
            Double discriminationIndex,
            Double discriminativeEfficiency,
            Double effectiveWeight,
            List<SessionStatisticsApiController.OptionDto> options) {
        static QuestionInSessionDto of(PooledStatistics.InSession s) {
            var i = s.item();
            return new QuestionInSessionDto(
                    s.sessionId(),
                    s.title(),
                    s.level() == null ? null : s.level().name(),
                    s.candidates(),
                    i.maxMark(),
                    i.responses(),
                    i.facility(),
                    i.sd(),
                    i.discriminationIndex(),
                    i.discriminativeEfficiency(),
                    i.effectiveWeight(),
                    i.options().stream()
                            .map(SessionStatisticsApiController.OptionDto::of)
                            .toList());
        }
    }

    /** An option pooled over a level's sessions: how many chose it and their mean standardised total. */
    record PooledOptionDto(String option, int count, Double meanZ) {
        static PooledOptionDto of(Observation.Option o) {
            return new PooledOptionDto(o.option(), o.count(), o.meanZ());
        }
    }

    /** The question at one level, the sessions pooled as the bank pools them. */
    record QuestionAtLevelDto(
            String level,
            int sessions,
            int responses,
            Double facility,
            Double discriminationIndex,
            List<PooledOptionDto> options) {
        static QuestionAtLevelDto of(PooledStatistics.AtLevel a) {
            var o = a.pooled();
            return new QuestionAtLevelDto(
                    a.level().name(),
                    o.sittings(),
                    o.responses(),
                    o.facility(),
                    o.discrimination(),
                    o.options().stream().map(PooledOptionDto::of).toList());
        }
    }

    record QuestionAcrossSessionsDto(
            long questionId, String label, List<QuestionAtLevelDto> levels, List<QuestionInSessionDto> sessions) {
        static QuestionAcrossSessionsDto of(PooledStatistics.OfQuestion q) {
            return new QuestionAcrossSessionsDto(
                    q.questionId(),
                    q.label(),
                    q.levels().stream().map(QuestionAtLevelDto::of).toList(),
                    q.sessions().stream().map(QuestionInSessionDto::of).toList());
        }
    }

    private final PooledStatistics pooled;

    PooledStatisticsApiController(PooledStatistics pooled) {
        this.pooled = pooled;
    }

    @GetMapping("/api/statistics/papers/{paperId}")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    PaperStatisticsDto paper(@PathVariable long paperId) {
        return PaperStatisticsDto.of(pooled.ofPaper(paperId));
    }

    @GetMapping("/api/statistics/questions/{questionId}")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    QuestionAcrossSessionsDto question(@PathVariable long questionId) {
        return QuestionAcrossSessionsDto.of(pooled.ofQuestion(questionId));
    }
}
