package org.jianding.app.papers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.blueprints.BankSnapshot;
import org.jianding.app.blueprints.BankSnapshots;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.InformationTargets;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.assembly.Candidate;
import org.jianding.bank.assembly.Form;
import org.jianding.bank.assembly.FormSet;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.SessionRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-candidate parallel forms of one blueprint version (the exam-session module calls this): one form per
 * candidate drawn with the engine's parallel forms, excluding every question the candidate had on an earlier form,
 * preferring the least exposed questions, capping what two forms share and evening expected scores. Forms are stored
 * as published papers of kind CANDIDATE_FORM (drawn forms get no manual review: the blueprint and the checker are
 * the review), so their question versions are marked used at once.
 */
@Service
@RetriedOnConflict
@Transactional
public class PaperForms {

    private final PaperRepository repository;
    private final Blueprints blueprints;
    private final BankSnapshots snapshots;
    private final InformationTargets targets;
    private final Accounts accounts;
    private final QuestionBank bank;
    private final AuditLog audit;
    private final Clock clock;

    PaperForms(
            PaperRepository repository,
            Blueprints blueprints,
            BankSnapshots snapshots,
            InformationTargets targets,
            Accounts accounts,
            QuestionBank bank,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.blueprints = blueprints;
        this.snapshots = snapshots;
        this.targets = targets;
        this.accounts = accounts;
        this.bank = bank;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Forms drawn by the system (for an exam session) with the default cap: two forms share at most a third of a
     * paper's questions.
     */
    public FormReport generate(long blueprintVersionId, List<Long> candidateIds, long seed) {
        return generate(blueprintVersionId, candidateIds, seed, -1, null);
    }

    /**
     * @param maxShared most questions two forms may share; negative for the default (a third of the paper)
     * @param userId who asked for the forms, null for the system
     */
    public FormReport generate(
            long blueprintVersionId, List<Long> candidateIds, long seed, int maxShared, Long userId) {
        List<Long> ids = candidateIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(candidateIds));
        if (ids.isEmpty()) {
            throw DomainException.badRequest("paper.forms.noCandidates");
        }
        ids.forEach(accounts::get);
        BlueprintVersion version = blueprints.version(blueprintVersionId);
        int cap = maxShared >= 0 ? maxShared : version.spec().itemCount() / 3;
        BankSnapshot snapshot = snapshots.take(version.level());
        List<Candidate> candidates = new ArrayList<>();
        Map<Long, Integer> excluded = new LinkedHashMap<>();
        for (long id : ids) {
            Set<String> seen = new HashSet<>();
            repository.seenBy(id).forEach(q -> seen.add(String.valueOf(q)));
            excluded.put(id, seen.size());
            candidates.add(new Candidate(String.valueOf(id), seen));
        }
        Map<String, Integer> exposure = new TreeMap<>();
        repository.exposure().forEach((q, n) -> exposure.put(String.valueOf(q), n));
        FormSet set = targets.assembly(version, snapshot)
                .parallelForms(SessionRequest.of(seed, candidates, cap).withExposure(exposure));
        Instant now = clock.instant();
        var measurer = targets.measurer(version.spec());
        List<FormReport.CandidateForm> forms = new ArrayList<>();
        Map<Long, Integer> counts = new TreeMap<>();
        for (Form form : set.forms()) {
            long candidateId = Long.parseLong(form.candidateId());
            var items = PaperItems.of(form.paper(), snapshot);
            long paperId = repository.insert(
                    new PaperRepository.NewPaper(
                            blueprintVersionId,
                            PaperKind.CANDIDATE_FORM,
                            PaperStatus.PUBLISHED,
                            seed,
                            version.name() + " · 考生卷 " + (form.index() + 1),
                            candidateId,
                            userId,
                            now),
                    items);
            items.forEach(i -> {
                bank.markUsed(i.versionId());
                counts.merge(i.questionId(), 1, Integer::sum);
            });
            InformationTargets.Measure information = measurer.apply(form.paper().refs().stream()
                    .map(r -> Long.parseLong(r.id()))
                    .toList());
            forms.add(new FormReport.CandidateForm(
                    candidateId,
                    paperId,
                    items.size(),
                    excluded.get(candidateId),
                    form.paper().expectedScore(),
                    information == null ? List.of() : information.information(),
                    information == null ? 0 : information.uncalibrated()));
        }
        Map<Long, List<String>> failures = new LinkedHashMap<>();
        set.failures()
                .forEach((c, d) ->
                        failures.put(Long.parseLong(c), d.messages().isEmpty() ? List.of(d.summary()) : d.messages()));
        audit.record(
                "paper.formsGenerated",
                "blueprintVersion",
                blueprintVersionId,
                "生成考生卷 " + forms.size() + " 份，未能组出 " + failures.size() + " 份，组卷号 " + seed);
        return new FormReport(
                blueprintVersionId,
                seed,
                cap,
                forms,
                failures,
                maxOverlap(set.forms()),
                counts,
                set.targetExpectedScore(),
                forms.stream()
                        .mapToDouble(FormReport.CandidateForm::expectedScore)
                        .min()
                        .orElse(0),
                forms.stream()
                        .mapToDouble(FormReport.CandidateForm::expectedScore)
                        .max()
                        .orElse(0),
                (int) counts.keySet().stream()
                        .filter(q -> snapshot.observed().containsKey(q)
                                && snapshot.observed().get(q).responses()
                                        >= org.jianding.bank.assembly.FacilityPolicy.ENOUGH_RESPONSES)
                        .count(),
                version.spec().informationTarget() == null
                        ? List.of()
                        : version.spec().informationTarget().abilities());
    }

    private static int maxOverlap(List<Form> forms) {
        List<Set<String>> ids = forms.stream()
                .map(f -> {
                    Set<String> s = new HashSet<>();
                    f.paper().refs().stream().map(ItemRef::id).forEach(s::add);
                    return s;
                })
                .toList();
        int max = 0;
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                Set<String> common = new HashSet<>(ids.get(a));
                common.retainAll(ids.get(b));
                max = Math.max(max, common.size());
            }
        }
        return max;
    }
}
