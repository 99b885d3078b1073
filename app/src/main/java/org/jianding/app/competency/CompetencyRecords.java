package org.jianding.app.competency;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.shared.DisplayTime;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's competency profiles: per item of the model version current at {@code asOf}, the latest value recorded
 * at or before it (derived or assessed, whichever is newer), against the standard of that version for the post and
 * level. A knowledge score below the lowest band leaves the item without an assessed level; its source says so.
 * The record page reads the standard at the person's highest valid certified level, else their declared level in
 * accounts (当前级别), else 初级 ({@link StandardLevelPolicy}).
 */
@Service
@Transactional(readOnly = true)
public class CompetencyRecords implements CompetencyProfiles {

    private final CompetencyModels models;
    private final ValueRepository values;
    private final Accounts accounts;
    private final AssessmentScope scope;
    private final ObjectProvider<CertificationDirectory> certifications;
    private final Clock clock;
    private final ZoneId zone;

    CompetencyRecords(
            CompetencyModels models,
            ValueRepository values,
            Accounts accounts,
            AssessmentScope scope,
            ObjectProvider<CertificationDirectory> certifications,
            Clock clock,
            DisplayTime displayTime) {
        this.models = models;
        this.values = values;
        this.accounts = accounts;
        this.scope = scope;
        this.certifications = certifications;
        this.clock = clock;
        this.zone = displayTime.zone();
    }

    /**
     * The record of a person for a viewer: officers and exam administrators read anyone's, assessors the people in
     * their scope, everyone their own; anybody else is refused (403).
     */
    public PersonRecord record(long personId, long viewerId) {
        UserAccount viewer = accounts.get(viewerId);
        // refused before the person is looked up, so that a refused viewer cannot tell which ids exist
        boolean allowed = personId == viewerId
                || viewer.hasRole(Role.OFFICER)
                || viewer.hasRole(Role.EXAM_ADMIN)
                || scope.covers(viewer, personId);
        if (!allowed) {
            throw new DomainException(HttpStatus.FORBIDDEN, "competency.record.forbidden");
        }
        return record(accounts.get(personId));
    }

    private PersonRecord record(UserAccount person) {
        Instant now = clock.instant();
        List<CertificationLine> certs = certificationsOf(person.id());
        LocalDate today = LocalDate.ofInstant(now, zone);
        StandardLevelPolicy.Choice level = StandardLevelPolicy.of(person, certs, today);
        CompetencyModel model = models.at(now);
        List<CompetencyValue> all = values.ofPerson(person.id(), now);
        Map<String, CompetencyValue> latest = latestPerItem(all);
        CompetencyProfile profile = profile(model, person.id(), postOf(person), level.level(), now, latest);
        List<PersonRecord.Line> lines = profile.items().stream()
                .map(i -> new PersonRecord.Line(
                        i, model.item(i.code()).map(ModelItem::knowledge).orElse(false), latest.get(i.code())))
                .toList();
        List<PersonRecord.HistoryLine> history = all.stream()
                .map(v -> new PersonRecord.HistoryLine(
                        model.item(v.itemCode()).map(ModelItem::name).orElse(v.itemCode()), v))
                .toList();
        return new PersonRecord(person, level.basis().name(), profile, lines, history, certs, today);
    }

    /** The person's certifications, newest first; none while no module issues certificates. */
    List<CertificationLine> certificationsOf(long personId) {
        CertificationDirectory directory = certifications.getIfAvailable();
        return directory == null ? List.of() : directory.ofPerson(personId);
    }

    /** The certifications of many people, with one call of the directory; every id is a key. */
    Map<Long, List<CertificationLine>> certificationsOf(Collection<Long> personIds) {
        CertificationDirectory directory = certifications.getIfAvailable();
        if (directory == null) {
            Map<Long, List<CertificationLine>> none = new HashMap<>();
            personIds.forEach(id -> none.put(id, List.of()));
            return none;
        }
        return directory.ofPeople(personIds);
    }

    /** The level a person's standard is read at today, given their certifications (see {@link StandardLevelPolicy}). */
    Level standardLevel(UserAccount person, List<CertificationLine> certifications) {
        return StandardLevelPolicy.of(person, certifications, LocalDate.ofInstant(clock.instant(), zone))
                .level();
    }

    static Post postOf(UserAccount person) {
        return person.post() == null ? NO_POST : person.post();
    }

    /** Stands in for a person without a post: the standard is then the level itself. */
    static final Post NO_POST = new Post(0, "", "—");

    @Override
    public CompetencyProfile profile(long userId, long postId, Level level, Instant asOf) {
        CompetencyModel model = models.at(asOf);
        return profile(model, userId, post(postId), level, asOf, latestPerItem(values.ofPerson(userId, asOf)));
    }

    static CompetencyProfile profile(
            CompetencyModel model,
            long userId,
            Post post,
            Level level,
            Instant asOf,
            Map<String, CompetencyValue> latest) {
        List<CompetencyProfile.Item> items = model.items().stream()
                .map(item -> {
                    CompetencyValue v = latest.get(item.code());
                    return new CompetencyProfile.Item(
                            item.code(),
                            item.name(),
                            model.className(item),
                            v == null ? null : v.level(),
                            model.standard(post.code(), level, item.code()),
                            v == null ? null : source(v));
                })
                .toList();
        return new CompetencyProfile(model.version(), userId, post.id(), level, asOf, items);
    }

    /** How a value is named as the source of an item: "成绩 <session>" or the assessor's name. */
    static String source(CompetencyValue v) {
        if (v.source() == ValueSource.ASSESSOR) {
            return v.sourceLabel();
        }
        String s = "成绩 " + v.sourceLabel();
        return v.level() == null ? s + "（标准分 " + v.score().toPlainString() + "，未达初级）" : s;
    }

    /** The newest value per item of values listed newest first. */
    static Map<String, CompetencyValue> latestPerItem(List<CompetencyValue> newestFirst) {
        Map<String, CompetencyValue> latest = new HashMap<>();
        newestFirst.forEach(v -> latest.putIfAbsent(v.itemCode(), v));
        return latest;
    }

    Post post(long postId) {
        return accounts.posts().stream()
                .filter(p -> p.id() == postId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("competency.post.notFound", postId));
    }
}
