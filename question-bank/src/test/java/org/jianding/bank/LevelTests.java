package org.jianding.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelTests {

    @Test
    void readsBothNamingsOfTheSeed() {
        assertThat(Level.parse("初级")).contains(Level.JUNIOR);
        assertThat(Level.parse("四级")).contains(Level.JUNIOR);
        assertThat(Level.parse("三级(中级)")).contains(Level.INTERMEDIATE);
        assertThat(Level.parse("二级（高级）")).contains(Level.SENIOR);
        assertThat(Level.parse(" 资深 ")).contains(Level.EXPERT);
        assertThat(Level.parse("1")).contains(Level.EXPERT);
    }

    @Test
    void refusesWhatIsNoLevel() {
        assertThat(Level.parse("五级")).isEmpty();
        assertThat(Level.parse("")).isEmpty();
        assertThat(Level.parse(null)).isEmpty();
    }

    @Test
    void ranksRunFromEntryFourToTopOne() {
        assertThat(Level.ofRank(4)).contains(Level.JUNIOR);
        assertThat(Level.ofRank(1)).contains(Level.EXPERT);
        assertThat(Level.ofRank(0)).isEmpty();
        assertThat(Level.SENIOR.label()).isEqualTo("二级(高级)");
    }
}
