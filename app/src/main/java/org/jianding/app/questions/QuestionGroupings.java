package org.jianding.app.questions;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 组卷约束 that item authors and reviewers keep on questions: 互斥 groups (a question may be in several; of each
 * group at most one question appears in a paper) and item sets (题组, drawn all together or not at all). They belong
 * to the bank, not to a version, so they may change on any question, also one already used in papers. Every change
 * is audited.
 */
@Service
@RetriedOnConflict
@Transactional
public class QuestionGroupings {

    public static final int MAX_NAME = 60;
    public static final int MAX_GROUPS = 10;

    private final QuestionGroupingRepository repository;
    private final QuestionBank bank;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QuestionGroupings(
            QuestionGroupingRepository repository,
            QuestionBank bank,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.bank = bank;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public QuestionGrouping of(long questionId) {
        bank.get(questionId);
        return repository.of(questionId);
    }

    /** Every question with a group or a set, by question id. */
    @Transactional(readOnly = true)
    public Map<Long, QuestionGrouping> all() {
        return repository.all();
    }

    /** Per group of the question, every question in it (the question too); then the set's, under the set's name. */
    @Transactional(readOnly = true)
    public Map<String, List<Long>> groupMembers(long questionId) {
        Map<String, List<Long>> members = new LinkedHashMap<>();
        of(questionId).mutexGroups().forEach(g -> members.put(g, repository.groupMembers(g)));
        return members;
    }

    @Transactional(readOnly = true)
    public List<Long> setMembers(long questionId) {
        String set = of(questionId).itemSet();
        return set == null ? List.of() : repository.setMembers(set);
    }

    /** Sets the question's groups (names; blank ones dropped) and its item set (blank: none). */
    public QuestionGrouping update(long questionId, Collection<String> groups, String itemSet) {
        bank.get(questionId);
        Set<String> names = new LinkedHashSet<>();
        for (String g : groups == null ? List.<String>of() : groups) {
            String name = checkedName(g);
            if (name != null) {
                names.add(name);
            }
        }
        if (names.size() > MAX_GROUPS) {
            throw DomainException.badRequest("question.grouping.tooMany", MAX_GROUPS);
        }
        QuestionGrouping grouping = new QuestionGrouping(names, checkedName(itemSet));
        QuestionGrouping before = repository.of(questionId);
        if (before.equals(grouping)) {
            return grouping;
        }
        repository.replace(questionId, grouping, clock.instant());
        audit.record(
                "question.grouping",
                "question",
                questionId,
                "互斥组 " + before.mutexGroups() + " → " + grouping.mutexGroups() + "；题组 " + before.itemSet() + " → "
                        + grouping.itemSet());
        events.publishEvent(new QuestionGroupingChanged(questionId));
        return grouping;
    }

    /** Names typed in one field, separated by commas (， 、 ,), semicolons or spaces. */
    public static List<String> split(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,，、;；\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw DomainException.badRequest("question.grouping.nameTooLong", MAX_NAME);
        }
        return n;
    }
}
