package org.jianding.app.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions machine-marked in a session whose answers suggest a wrong key, for the certification officer to check
 * (and correct with an erratum, previewed first) before releasing: among at least {@link #MIN_RESPONSES} scored
 * answers, fewer than {@link #LOW_FACILITY} of the points were earned, or one wrong answer was given by more
 * candidates than earned full marks. Neither proves a wrong key (a hard question does the same); both are worth a
 * look before results go out. Computed from the stored item marks, remembered per session until its number of
 * scored results changes.
 */
@Service
public class KeyWarnings {

    static final int MIN_RESPONSES = 10;
    static final double LOW_FACILITY = 0.2;

    /** A question worth checking: its number on the paper (1-based; on parallel forms, the number on the first form met). */
    public record Suspect(
            long questionId, int number, int responses, double facility, String commonWrong, int wrongCount) {}

    /** A session waiting for release and its suspects. */
    public record OfSession(long sessionId, String title, List<Suspect> suspects) {}

    private record Remembered(int scored, List<Suspect> suspects) {}

    private final ItemMarks marks;
    private final Map<Long, Remembered> remembered = new ConcurrentHashMap<>();

    KeyWarnings(ItemMarks marks) {
        this.marks = marks;
    }

    /** Of the sessions waiting for release ({@link Results#waitingForRelease}), those with at least one suspect. */
    @Transactional(readOnly = true)
    public List<OfSession> among(List<Results.ReleaseWaiting> waiting) {
        List<OfSession> out = new ArrayList<>();
        for (Results.ReleaseWaiting w : waiting) {
            Remembered r = remembered.get(w.sessionId());
            if (r == null || r.scored() != w.scored()) {
                r = new Remembered(
                        w.scored(), suspects(marks.ofSession(w.sessionId()).marks()));
                remembered.put(w.sessionId(), r);
            }
            if (!r.suspects().isEmpty()) {
                out.add(new OfSession(w.sessionId(), w.title(), r.suspects()));
            }
        }
        return out;
    }

    /** The suspects of one session, whether released or not (for the errata page). */
    @Transactional(readOnly = true)
    public List<Suspect> ofSession(long sessionId) {
        return suspects(marks.ofSession(sessionId).marks());
    }

    /** The suspects among a session's marks (machine-marked items only). */
    static List<Suspect> suspects(List<ItemMarks.Mark> all) {
        Map<Long, Tally> byQuestion = new HashMap<>();
        for (ItemMarks.Mark m : all) {
            if (m.type().autoMarked() && m.maxPoints() > 0) {
                byQuestion
                        .computeIfAbsent(m.questionId(), k -> new Tally(m.position()))
                        .add(m);
            }
        }
        List<Suspect> suspects = new ArrayList<>();
        byQuestion.forEach((questionId, t) -> {
            if (t.responses < MIN_RESPONSES) {
                return;
            }
            double facility = t.earned / t.max;
            Map.Entry<String, Integer> wrong = t.wrong.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElse(null);
            boolean commonWrong = wrong != null && wrong.getValue() > t.full;
            if (facility < LOW_FACILITY || commonWrong) {
                suspects.add(new Suspect(
                        questionId,
                        t.number,
                        t.responses,
                        facility,
                        wrong == null ? null : wrong.getKey(),
                        wrong == null ? 0 : wrong.getValue()));
            }
        });
        suspects.sort(java.util.Comparator.comparingInt(Suspect::number));
        return suspects;
    }

    private static final class Tally {
        final int number;
        int responses;
        int full;
        double earned;
        double max;
        final Map<String, Integer> wrong = new HashMap<>();

        Tally(int number) {
            this.number = number;
        }

        void add(ItemMarks.Mark m) {
            responses++;
            earned += m.earned();
            max += m.maxPoints();
            if (m.earned() >= m.maxPoints()) {
                full++;
            } else if (m.chosen() != null && !m.chosen().isBlank()) {
                wrong.merge(m.chosen(), 1, Integer::sum);
            }
        }
    }
}
