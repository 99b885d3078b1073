package org.jianding.app.competency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HR view of a unit and its sub-units: every candidate's current level on one item against their own
 * standard, and the distribution of levels per item. Uses the model version current now and each person's
 * standard level as on their record page.
 */
@Service
@Transactional(readOnly = true)
public class UnitOverviews {

    private final Accounts accounts;
    private final CompetencyModels models;
    private final ValueRepository values;
    private final CompetencyRecords records;
    private final java.time.Clock clock;

    UnitOverviews(
            Accounts accounts,
            CompetencyModels models,
            ValueRepository values,
            CompetencyRecords records,
            java.time.Clock clock) {
        this.accounts = accounts;
        this.models = models;
        this.values = values;
        this.records = records;
        this.clock = clock;
    }

    public UnitOverview of(long unitId, String itemCode) {
        OrgUnit unit = accounts.orgUnits().stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("competency.unit.notFound", unitId));
        Instant now = clock.instant();
        CompetencyModel model = models.at(now);
        ModelItem chosen = itemCode == null || itemCode.isBlank()
                ? model.items().get(0)
                : model.item(itemCode)
                        .orElseThrow(() ->
                                DomainException.badRequest("competency.item.unknown", Assessments.echo(itemCode)));
        List<Long> ids = accounts.candidateIdsInUnit(unitId, true);
        Map<Long, UserAccount> people = accounts.getAll(ids);
        Map<Long, List<CertificationLine>> certifications = records.certificationsOf(ids);
        Map<Long, List<CompetencyValue>> byPerson = new HashMap<>();
        values.ofPeople(ids, now)
                .forEach(v -> byPerson.computeIfAbsent(v.userId(), k -> new ArrayList<>())
                        .add(v));
        Map<String, int[]> tallies = new HashMap<>();
        List<UnitOverview.PersonLine> lines = new ArrayList<>();
        List<UserAccount> sorted = people.values().stream()
                .sorted(java.util.Comparator.comparing(UserAccount::employeeNo))
                .toList();
        for (UserAccount person : sorted) {
            Level level = records.standardLevel(person, certifications.getOrDefault(person.id(), List.of()));
            String post = CompetencyRecords.postOf(person).code();
            Map<String, CompetencyValue> latest =
                    CompetencyRecords.latestPerItem(byPerson.getOrDefault(person.id(), List.of()));
            for (ModelItem item : model.items()) {
                CompetencyValue v = latest.get(item.code());
                Level assessed = v == null ? null : v.level();
                Level standard = model.standard(post, level, item.code());
                int[] t = tallies.computeIfAbsent(item.code(), k -> new int[6]);
                t[assessed == null ? 4 : assessed.rank() - 1]++;
                if (assessed != null && assessed.rank() <= standard.rank()) {
                    t[5]++;
                }
                if (item.code().equals(chosen.code())) {
                    lines.add(new UnitOverview.PersonLine(
                            person.id(),
                            person.employeeNo(),
                            person.displayName(),
                            person.orgUnit() == null ? "" : person.orgUnit().name(),
                            assessed,
                            standard));
                }
            }
        }
        List<UnitOverview.Distribution> distribution = model.items().stream()
                .map(item -> {
                    int[] t = tallies.getOrDefault(item.code(), new int[6]);
                    Map<Level, Integer> counts = new EnumMap<>(Level.class);
                    for (Level l : Level.values()) {
                        counts.put(l, t[l.rank() - 1]);
                    }
                    return new UnitOverview.Distribution(
                            item.code(), item.name(), model.className(item), counts, t[4], t[5]);
                })
                .toList();
        return new UnitOverview(unit, model.version(), chosen, lines, distribution, sorted.size());
    }

    /** The items of the current model, for the item picker. */
    public List<ModelItem> items() {
        return models.current().items();
    }

    /** Every organisation unit, for the unit picker. */
    public List<OrgUnit> units() {
        return accounts.orgUnits();
    }
}
