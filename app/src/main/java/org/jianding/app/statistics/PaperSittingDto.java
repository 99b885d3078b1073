package org.jianding.app.statistics;

/**
 * One session's attempts on a paper, for comparing the sittings: the JSON of {@code /api/statistics/papers/{id}} and
 * the rows of the paper's statistics page, from one mapping so the two always agree.
 */
public record PaperSittingDto(
        long sessionId,
        String title,
        String level,
        int candidates,
        Double facility,
        Double mean,
        Double sd,
        Double cic,
        Double standardError) {
    static PaperSittingDto of(PooledStatistics.Sitting s) {
        return new PaperSittingDto(
                s.sessionId(),
                s.title(),
                s.level() == null ? null : s.level().name(),
                s.test().count(),
                s.facility(),
                s.test().mean(),
                s.test().sd(),
                s.test().cic(),
                s.test().standardError());
    }
}
