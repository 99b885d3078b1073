package org.jianding.app.statistics;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How precisely a session measures, as score reports print it: Cronbach's α of the standard score and its standard
 * error of measurement on the standard-score scale (see docs/scoring.md). Taken from the session's statistics the
 * first time it is asked for (the first report printed, after release) and kept, so that a report printed again is
 * the same file.
 */
@Service
public class ScoreReliability {

    /**
     * @param candidates the scored attempts it was computed over
     * @param alpha Cronbach's α (0–1) of the standard score; null where undefined (fewer than three candidates, no
     *     spread, a single item)
     * @param standardError the standard error of measurement in standard-score points; null with {@code alpha}
     */
    public record Reliability(int candidates, Double alpha, Double standardError) {

        public boolean defined() {
            return alpha != null && standardError != null;
        }
    }

    private final SessionStatistics statistics;
    private final ReliabilityRepository repository;
    private final Clock clock;

    ScoreReliability(SessionStatistics statistics, ReliabilityRepository repository, Clock clock) {
        this.statistics = statistics;
        this.repository = repository;
        this.clock = clock;
    }

    /** The session's kept reliability, taken now if it has none yet. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Reliability ofSession(long sessionId) {
        return repository.find(sessionId).orElseGet(() -> {
            var test = statistics.of(sessionId).standardScore();
            Reliability now =
                    new Reliability(test.count(), test.cic() == null ? null : test.cic() / 100, test.standardError());
            repository.insertUnlessPresent(sessionId, now, clock.instant());
            // two first prints at once: both computed the same numbers; the one kept is returned
            return repository.find(sessionId).orElse(now);
        });
    }
}
