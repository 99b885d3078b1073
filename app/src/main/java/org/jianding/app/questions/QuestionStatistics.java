package org.jianding.app.questions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.statistics.ItemFlag;
import org.jianding.bank.statistics.ItemFlags;
import org.jianding.bank.statistics.Observation;
import org.jianding.bank.statistics.ObservedItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each question's observed statistics per level (responses, facility, discrimination, options chosen), kept per
 * session and pooled when read ({@link ObservedItem#pool}); the flags they raise ({@link ItemFlags}); and sending a
 * flagged active question back to review with the evidence, which the reviewer sees on the question (docs/statistics.md,
 * "Statistics kept per question").
 */
@Service
public class QuestionStatistics {

    /** A question's pooled statistics at one level and the flags they raise. */
    public record AtLevel(Level level, ObservedItem observed, List<ItemFlag> flags) {}

    /** What was sent to review: at which level, the figures and reasons (one line each), by whom and when. */
    public record Evidence(Level level, List<String> lines, String note, long sentBy, Instant sentAt) {}

    private final QuestionStatisticRepository repository;
    private final QuestionRepository questions;
    private final QuestionBank bank;
    private final AuditLog audit;
    private final Clock clock;

    QuestionStatistics(
            QuestionStatisticRepository repository,
            QuestionRepository questions,
            QuestionBank bank,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.questions = questions;
        this.bank = bank;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records what a session observed, replacing whatever it recorded before (idempotent per session). Questions no
     * longer in the bank are left out.
     */
    @Transactional
    public void recordSession(long sessionId, Level level, Map<Long, Observation> observations) {
        Map<Long, Observation> known = new LinkedHashMap<>();
        Set<Long> existing = repository.existingIds(observations.keySet());
        observations.forEach((id, o) -> {
            if (existing.contains(id)) {
                known.put(id, o);
            }
        });
        repository.replaceSession(sessionId, level, known, clock.instant());
    }

    /** Per question, its pooled statistics at each level observed (most responses first is not implied). */
    @Transactional(readOnly = true)
    public Map<Long, List<AtLevel>> of(Collection<StoredQuestion> stored) {
        Map<Long, Question> content = new LinkedHashMap<>();
        stored.forEach(q -> content.put(q.id(), q.content()));
        Map<Long, List<AtLevel>> result = new LinkedHashMap<>();
        if (content.isEmpty()) {
            return result;
        }
        QuestionStatisticRepository.group(repository.rows(content.keySet(), null))
                .forEach((id, levels) -> {
                    List<AtLevel> list = new ArrayList<>();
                    levels.forEach((level, sittings) -> {
                        ObservedItem pooled = ObservedItem.pool(sittings);
                        list.add(new AtLevel(level, pooled, flags(content.get(id), pooled)));
                    });
                    result.put(id, list);
                });
        return result;
    }

    /** {@link #of(Collection)} for a page of the list: only questions with statistics are read whole. */
    @Transactional(readOnly = true)
    public Map<Long, List<AtLevel>> ofIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> observed = new java.util.HashSet<>();
        repository.rows(ids, null).forEach(r -> observed.add(r.questionId()));
        return of(observed.stream().map(bank::get).toList());
    }

    public List<AtLevel> of(StoredQuestion question) {
        return of(List.of(question)).getOrDefault(question.id(), List.of());
    }

    /** Pooled statistics of every question observed at a level, for assembly. */
    @Transactional(readOnly = true)
    public Map<Long, ObservedItem> atLevel(Level level) {
        Map<Long, ObservedItem> pooled = new LinkedHashMap<>();
        QuestionStatisticRepository.group(repository.rows(null, level))
                .forEach((id, levels) -> pooled.put(id, ObservedItem.pool(levels.get(level))));
        return pooled;
    }

    /** The latest evidence a question was sent to review with, while it is in review. */
    @Transactional(readOnly = true)
    public Optional<Evidence> evidenceInReview(StoredQuestion question) {
        if (question.status() != QuestionStatus.SUBMITTED && question.status() != QuestionStatus.REVIEWED) {
            return Optional.empty();
        }
        return repository.latestReview(question.id());
    }

    /**
     * Sends an active question flagged at {@code level} back to review (active → submitted, out of new papers until a
     * reviewer approves and it is activated again, or returns it to its author), keeping the figures as evidence.
     */
    @Transactional
    public StoredQuestion sendToReview(long id, Level level, long actorId, String note) {
        StoredQuestion q = bank.get(id);
        if (q.status() != QuestionStatus.ACTIVE) {
            throw DomainException.conflict("question.statistics.notActive");
        }
        AtLevel at = of(q).stream().filter(a -> a.level() == level).findFirst().orElse(null);
        if (at == null || at.flags().isEmpty()) {
            throw DomainException.badRequest("question.statistics.notFlagged");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > 500) {
            throw DomainException.badRequest("question.statistics.noteTooLong");
        }
        List<String> lines = evidence(at);
        Instant now = clock.instant();
        repository.insertReview(id, level, String.join("\n", lines), clean, actorId, now);
        questions.setStatus(id, QuestionStatus.SUBMITTED, null, false, now);
        audit.record("question.statisticsReview", "question", id, "ACTIVE -> SUBMITTED: " + String.join("；", lines));
        return bank.get(id);
    }

    static List<ItemFlag> flags(Question question, ObservedItem observed) {
        List<String> options = List.of();
        Set<String> key = Set.of();
        if (question.body() instanceof SingleChoice s) {
            options = s.options().stream().map(Option::label).toList();
            key = Set.of(s.answer());
        } else if (question.body() instanceof MultipleChoice m) {
            options = m.options().stream().map(Option::label).toList();
            key = Set.copyOf(m.answers());
        }
        return ItemFlags.of(observed, options, key);
    }

    /** The figures and each flag's reason, in Chinese, as stored and shown to the reviewer. */
    static List<String> evidence(AtLevel at) {
        ObservedItem o = at.observed();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%s：%d 场考试，%d 人次作答；得分率 %s；区分度指数 %s",
                at.level().label(),
                o.sittings(),
                o.responses(),
                o.facility() == null ? "—" : String.format(Locale.ROOT, "%.3f", o.facility()),
                o.discrimination() == null ? "—" : String.format(Locale.ROOT, "%.1f", o.discrimination())));
        StringBuilder options = new StringBuilder("选项人数：");
        for (Observation.Option option : o.options()) {
            options.append(option.option())
                    .append(' ')
                    .append(option.count())
                    .append(option.meanZ() == null ? "" : String.format(Locale.ROOT, "（均分 z=%.2f）", option.meanZ()))
                    .append("  ");
        }
        if (!o.options().isEmpty()) {
            lines.add(options.toString().strip());
        }
        for (ItemFlag flag : at.flags()) {
            lines.add(reason(flag));
        }
        return lines;
    }

    static String reason(ItemFlag f) {
        return switch (f.kind()) {
            case TOO_EASY -> String.format(Locale.ROOT, "过易：得分率 %.3f 高于 %.2f", f.value(), f.threshold());
            case TOO_HARD -> String.format(Locale.ROOT, "过难：得分率 %.3f 低于 %.2f", f.value(), f.threshold());
            case NEGATIVE_DISCRIMINATION -> String.format(Locale.ROOT, "区分度为负：%.1f，强者反而答错", f.value());
            case LOW_DISCRIMINATION -> String.format(Locale.ROOT, "区分度偏低：%.1f 低于 %.0f", f.value(), f.threshold());
            case UNUSED_DISTRACTOR -> "干扰项 " + f.option() + " 无人选择";
            case STRONG_DISTRACTOR ->
                String.format(
                        Locale.ROOT, "干扰项 %s 的选择者总分更高：均分 z=%.2f，高于选正确答案者的 %.2f", f.option(), f.value(), f.threshold());
        };
    }
}
