package org.jianding.app.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The unit view reads the certifications of all its people with one call of the directory, not one per person. */
@SpringBootTest
@Import({PeopleFixture.class, UnitOverviewCertificationsTests.Directory.class})
class UnitOverviewCertificationsTests {

    /** Counts the calls; holds a certification of 高级 for the people put in {@link #senior}. */
    static class CountingDirectory implements CertificationDirectory {

        final AtomicInteger perPerson = new AtomicInteger();
        final List<Collection<Long>> batches = new ArrayList<>();
        final Map<Long, String> senior = new HashMap<>();

        @Override
        public List<CertificationLine> ofPerson(long userId) {
            perPerson.incrementAndGet();
            return lines(userId);
        }

        @Override
        public Map<Long, List<CertificationLine>> ofPeople(Collection<Long> userIds) {
            batches.add(List.copyOf(userIds));
            Map<Long, List<CertificationLine>> all = new HashMap<>();
            userIds.forEach(id -> all.put(id, lines(id)));
            return all;
        }

        private List<CertificationLine> lines(long userId) {
            String post = senior.get(userId);
            return post == null
                    ? List.of()
                    : List.of(new CertificationLine(
                            "JD-T", post, Level.SENIOR, java.time.LocalDate.now(), null, false, "/verify/JD-T"));
        }
    }

    @TestConfiguration
    static class Directory {

        @Bean
        @Primary
        CountingDirectory countingCertifications() {
            return new CountingDirectory();
        }
    }

    @Autowired
    PeopleFixture people;

    @Autowired
    UnitOverviews overviews;

    @Autowired
    CountingDirectory directory;

    @Autowired
    CompetencyModels models;

    @Test
    void asksTheDirectoryOnceForTheWholeUnitAndReadsEachStandardAtTheirCertifiedLevel() {
        OrgUnit unit = people.unit("批量证书单位", null);
        OrgUnit sub = people.unit("批量证书下属", unit.id());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(people.candidate(i % 2 == 0 ? unit : sub, "ZQKHJL", Level.JUNIOR));
        }
        directory.senior.put(ids.get(3), people.accounts.get(ids.get(3)).post().name());
        directory.perPerson.set(0);
        directory.batches.clear();

        UnitOverview overview = overviews.of(unit.id(), "ACHIEVEMENT");

        assertThat(directory.perPerson.get()).as("no call per person").isZero();
        assertThat(directory.batches).hasSize(1);
        assertThat(directory.batches.get(0)).containsExactlyInAnyOrderElementsOf(ids);
        // an unknown item is refused, quoted back shortened
        assertThatThrownBy(() -> overviews.of(unit.id(), "Y".repeat(1000)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.arguments()).containsExactly("Y".repeat(20) + "…"));

        CompetencyModel model = models.current();
        Level certified = model.standard("ZQKHJL", Level.SENIOR, "ACHIEVEMENT");
        Level declared = model.standard("ZQKHJL", Level.JUNIOR, "ACHIEVEMENT");
        assertThat(certified).isNotEqualTo(declared);
        assertThat(overview.lines())
                .hasSize(5)
                .allSatisfy(line -> assertThat(line.standard())
                        .as(line.employeeNo())
                        .isEqualTo(line.userId() == ids.get(3) ? certified : declared));
    }
}
