package org.jianding.app.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CompetencyProfilesTests {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    CompetencyModels models;

    @Autowired
    CompetencyProfiles profiles;

    @Autowired
    ValueRepository values;

    @Autowired
    Accounts accounts;

    @Test
    void versionOneHoldsEighteenItemsWithFourDescribedLevelsAndAStandardForEveryPostAndLevel() {
        CompetencyModel v1 = models.version(1);
        assertThat(v1.items()).hasSize(18);
        assertThat(v1.items())
                .extracting(ModelItem::name)
                .startsWith("成就导向", "抗挫能力")
                .endsWith("客户关系能力");
        assertThat(v1.items().stream().filter(ModelItem::knowledge))
                .extracting(ModelItem::name, ModelItem::area)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("通用基础知识", "G"),
                        org.assertj.core.groups.Tuple.tuple("专业基础知识", "P"),
                        org.assertj.core.groups.Tuple.tuple("岗位基础知识", "J"),
                        org.assertj.core.groups.Tuple.tuple("岗位基本技能", "S"));
        assertThat(v1.items().stream().map(v1::className).distinct()).containsExactly("基本能力", "专业/技术能力", "职能行为能力");
        for (ModelItem item : v1.items()) {
            for (Level level : Level.values()) {
                LevelDescription d = item.at(level);
                assertThat(d).as(item.name() + " " + level).isNotNull();
                assertThat(d.summary()).isNotBlank();
                assertThat(d.behaviours()).hasSizeBetween(2, 4);
            }
        }
        assertThat(v1.standards()).containsOnlyKeys("ZQKHJL", "ZQXSJL", "VIPFWJL");
        v1.standards().values().forEach(byLevel -> {
            assertThat(byLevel).containsOnlyKeys(Level.values());
            byLevel.values().forEach(byItem -> assertThat(byItem).hasSize(18));
        });
        assertThat(v1.standard("ZQXSJL", Level.JUNIOR, "MARKETING")).isEqualTo(Level.INTERMEDIATE);
        assertThat(v1.standard("ZQXSJL", Level.EXPERT, "MARKETING")).isEqualTo(Level.EXPERT);
        assertThat(v1.standard("ZQKHJL", Level.JUNIOR, "MARKETING")).isEqualTo(Level.JUNIOR);
        assertThat(v1.standard("VIPFWJL", Level.INTERMEDIATE, "STRATEGY")).isEqualTo(Level.JUNIOR);
        assertThat(v1.standard("VIPFWJL", Level.JUNIOR, "STRATEGY")).isEqualTo(Level.JUNIOR);
        assertThat(v1.standard("ZQKHJL", Level.SENIOR, "GENERAL_KNOWLEDGE")).isEqualTo(Level.SENIOR);
        assertThat(v1.levelFor(new BigDecimal("90.00"))).contains(Level.EXPERT);
        assertThat(v1.levelFor(new BigDecimal("89.99"))).contains(Level.SENIOR);
        assertThat(v1.levelFor(new BigDecimal("60"))).contains(Level.JUNIOR);
        assertThat(v1.levelFor(new BigDecimal("59.99"))).isEmpty();
    }

    @Test
    void profileTakesTheLatestValuePerItemAtTheMomentAgainstTheStandardOfPostAndLevel() {
        Post sales = accounts.posts().stream()
                .filter(p -> p.code().equals("ZQXSJL"))
                .findFirst()
                .orElseThrow();
        long person = person(sales);
        CompetencyModel model = models.current();
        Instant t1 = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        Instant t2 = t1.plus(1, ChronoUnit.DAYS);
        values.insert(assessed(person, "MARKETING", Level.JUNIOR, "吴评估", model.version(), t1));
        values.insert(assessed(person, "MARKETING", Level.SENIOR, "郑评估", model.version(), t2));
        values.insert(new CompetencyValue(
                0,
                person,
                "GENERAL_KNOWLEDGE",
                null,
                ValueSource.EXAM,
                "三级 第一场",
                null,
                null,
                new BigDecimal("55.00"),
                null,
                null,
                model.version(),
                t1));

        CompetencyProfile between = profiles.profile(person, sales.id(), Level.JUNIOR, t1.plus(1, ChronoUnit.HOURS));
        CompetencyProfile.Item marketing = item(between, "MARKETING");
        assertThat(marketing.name()).isEqualTo("主动营销能力");
        assertThat(marketing.className()).isEqualTo("职能行为能力");
        assertThat(marketing.assessed()).isEqualTo(Level.JUNIOR);
        assertThat(marketing.standard())
                .as("the sales post needs 主动营销能力 one step above its level")
                .isEqualTo(model.standard("ZQXSJL", Level.JUNIOR, "MARKETING"));
        assertThat(marketing.gap()).isEqualTo(marketing.standard().rank() - Level.JUNIOR.rank());
        assertThat(marketing.source()).isEqualTo("吴评估");
        CompetencyProfile.Item general = item(between, "GENERAL_KNOWLEDGE");
        assertThat(general.assessed()).as("below the lowest band").isNull();
        assertThat(general.gap()).isNull();
        assertThat(general.source()).isEqualTo("成绩 三级 第一场（标准分 55.00，未达初级）");

        CompetencyProfile now = profiles.profile(person, sales.id(), Level.INTERMEDIATE, Instant.now());
        assertThat(now.items()).hasSize(18);
        assertThat(now.modelVersion()).isEqualTo(models.current().version());
        CompetencyProfile.Item later = item(now, "MARKETING");
        assertThat(later.assessed()).isEqualTo(Level.SENIOR);
        assertThat(later.source()).isEqualTo("郑评估");
        assertThat(later.gap()).isEqualTo(later.standard().rank() - Level.SENIOR.rank());
        assertThat(item(now, "ACHIEVEMENT").assessed()).isNull();
        assertThat(item(now, "ACHIEVEMENT").source()).isNull();

        CompetencyProfile before = profiles.profile(person, sales.id(), Level.JUNIOR, t1.minusMillis(1));
        assertThat(before.items()).allSatisfy(i -> assertThat(i.assessed()).isNull());
    }

    static CompetencyProfile.Item item(CompetencyProfile profile, String code) {
        return profile.items().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static CompetencyValue assessed(long person, String item, Level level, String by, int version, Instant at) {
        return new CompetencyValue(
                0, person, item, level, ValueSource.ASSESSOR, by, null, null, null, null, "观察记录", version, at);
    }

    long person(Post post) {
        String no = "cp" + (System.nanoTime() % 1_000_000_000L) + SERIAL.incrementAndGet();
        var draft = new UserDraft(
                no,
                "档案" + no,
                accounts.orgUnits().get(0).id(),
                post.id(),
                Level.JUNIOR,
                LocalDate.of(2020, 1, 1),
                EnumSet.of(Role.CANDIDATE));
        return accounts.createWithKnownPassword(draft, "demo1234x").user().id();
    }
}
