package org.jianding.app.statistics;

/**
 * One knowledge area: its sub-score's statistics in points of the area. The JSON of a session's and a paper's
 * statistics and the rows of their pages' area table, from one mapping (public: the template reads it).
 */
public record AreaDto(
        String area,
        String name,
        int items,
        double maxPoints,
        Double facility,
        Double mean,
        Double sd,
        Double cic,
        Double standardError) {
    static AreaDto of(SessionStatistics.Area a) {
        return new AreaDto(
                a.code(),
                a.name(),
                a.items(),
                a.maxPoints(),
                a.facility(),
                a.test().mean(),
                a.test().sd(),
                a.test().cic(),
                a.test().standardError());
    }
}
