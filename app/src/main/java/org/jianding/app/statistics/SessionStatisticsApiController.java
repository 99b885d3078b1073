package org.jianding.app.statistics;

import java.util.List;
import java.util.stream.IntStream;
import org.jianding.bank.statistics.ItemStatistics;
import org.jianding.bank.statistics.OptionStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics of a session from its stored marks over JSON, for the same people as its results pages (certification
 * officers and exam administrators), before and after release; candidates and graders never. The shape of the
 * score-sheet answer, each item labelled by its question (id and type) and, for choice questions, the distractor
 * analysis; {@code unmarked} counts the submitted attempts left out because they are not fully marked yet. An
 * unknown session answers 404.
 */
@RestController
@RequestMapping("/api/statistics/sessions/{sessionId}")
@PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
class SessionStatisticsApiController {

    record OptionDto(String option, int count, double share, double meanTotal) {
        static OptionDto of(OptionStatistics o) {
            return new OptionDto(o.option(), o.count(), o.share(), o.meanTotal());
        }
    }

    record ItemDto(
            String label,
            long questionId,
            String type,
            double maxPoints,
            int responses,
            Double facility,
            Double sd,
            Double discriminationIndex,
            Double discriminativeEfficiency,
            Double effectiveWeight,
            List<OptionDto> options) {
        static ItemDto of(SessionStatistics.Question q, ItemStatistics i) {
            return new ItemDto(
                    q.label(),
                    q.questionId(),
                    q.type().name(),
                    i.maxMark(),
                    i.responses(),
                    i.facility(),
                    i.sd(),
                    i.discriminationIndex(),
                    i.discriminativeEfficiency(),
                    i.effectiveWeight(),
                    i.options().stream().map(OptionDto::of).toList());
        }
    }

    record SessionStatisticsDto(
            long sessionId,
            int candidates,
            int unmarked,
            ScoreSheetApiController.TestDto test,
            ScoreSheetApiController.TestDto standardScore,
            List<AreaDto> areas,
            List<ItemDto> items) {
        static SessionStatisticsDto of(long sessionId, SessionStatistics.Analysed a) {
            var stats = a.statistics();
            List<ItemDto> items = IntStream.range(0, a.questions().size())
                    .mapToObj(
                            i -> ItemDto.of(a.questions().get(i), stats.items().get(i)))
                    .toList();
            return new SessionStatisticsDto(
                    sessionId,
                    stats.test().count(),
                    a.unmarked(),
                    ScoreSheetApiController.TestDto.of(stats.test()),
                    ScoreSheetApiController.TestDto.of(a.standardScore()),
                    a.areas().stream().map(AreaDto::of).toList(),
                    items);
        }
    }

    private final SessionStatistics sessionStatistics;

    SessionStatisticsApiController(SessionStatistics sessionStatistics) {
        this.sessionStatistics = sessionStatistics;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    SessionStatisticsDto statistics(@PathVariable long sessionId) {
        return SessionStatisticsDto.of(sessionId, sessionStatistics.of(sessionId));
    }
}
