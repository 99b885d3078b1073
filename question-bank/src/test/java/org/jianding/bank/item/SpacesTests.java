package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every kind of space is a space, and what is not shown at all is nothing, wherever typed text is compared. */
class SpacesTests {

    private static final String[] SPACES = {
        "\u00a0", "\u3000", "\u2007", "\u202f", "\u2002", "\u2003", "\u2009", "\u200a", "\u205f", "\u1680", "\t", "\n",
        "\r\n", "\u2028", "\u2029"
    };
    private static final String[] ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};

    @Test
    void aTrailingNonBreakingSpaceLeavesARightAnswerRight() {
        assertThat(BlankMatching.DEFAULT.matches("实名制\u00a0", "实名制")).isTrue();
        assertThat(BlankMatching.DEFAULT.keepingSpaces().matches("实名制\u00a0", "实名制"))
                .isTrue();
        assertThat(BlankMatching.DEFAULT
                        .keepingPunctuation()
                        .keepingWidth()
                        .caseSensitive()
                        .matches("30\u00a0", "30"))
                .isTrue();
    }

    @Test
    void everySpaceIsAnOrdinarySpaceAndRunsAreOne() {
        for (String space : SPACES) {
            assertThat(Spaces.normalise(space + "A" + space + space + "B" + space))
                    .as("U+%04X", (int) space.charAt(0))
                    .isEqualTo("A B");
            assertThat(BlankMatching.DEFAULT.keepingSpaces().matches("A" + space + "B", "A B"))
                    .isTrue();
            assertThat(BlankMatching.DEFAULT.keepingSpaces().matches("A" + space + "B", "AB"))
                    .isFalse();
        }
    }

    @Test
    void zeroWidthCharactersAreNothing() {
        for (String zw : ZERO_WIDTH) {
            assertThat(Spaces.normalise(zw + "A" + zw + "B" + zw)).isEqualTo("AB");
            assertThat(BlankMatching.DEFAULT.keepingSpaces().matches("1" + zw + "2" + zw, "12"))
                    .as("what the page shows as 12 is 12")
                    .isTrue();
        }
    }

    @Test
    void spacesAroundANumberDoNotChangeIt() {
        for (String space : SPACES) {
            assertThat(BlankMatching.DEFAULT.keepingSpaces().matches(space + "4.8" + space, "4.8"))
                    .isTrue();
            assertThat(BlankMatching.DEFAULT.matches("4" + space + "8", "48")).isFalse();
        }
    }
}
