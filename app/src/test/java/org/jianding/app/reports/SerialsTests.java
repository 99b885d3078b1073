package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialsTests {

    @Test
    void serialsAreReadableUniqueAndCarryAValidCheckCharacter() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String s = Serials.next();
            assertThat(s).matches("JD-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(Serials.valid(s)).isTrue();
            seen.add(s);
        }
        assertThat(seen).hasSize(20_000);
        assertThat(Serials.RANDOM_CHARS * 5).isGreaterThanOrEqualTo(60); // bits of randomness
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        // random serials and one whose own characters begin with J, D (a typo there once read as a prefix)
        String jd = "JD" + "0".repeat(Serials.RANDOM_CHARS - 2);
        List<String> bodies = new java.util.ArrayList<>(List.of(jd + Serials.check(jd)));
        for (int k = 0; k < 200; k++) {
            bodies.add(Serials.next().substring(3).replace("-", ""));
        }
        for (String body : bodies) {
            mistypedOnce(body);
        }
    }

    private static void mistypedOnce(String body) {
        for (int i = 0; i < body.length(); i++) {
            for (char c : Serials.ALPHABET.toCharArray()) {
                if (c == body.charAt(i)) {
                    continue;
                }
                String typo = body.substring(0, i) + c + body.substring(i + 1);
                assertThat(Serials.valid(Serials.normalise(typo).orElseThrow()))
                        .as(typo)
                        .isFalse();
            }
        }
    }

    @Test
    void typedInputIsReadLeniently() {
        String s = Serials.next();
        String loose = s.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');
        assertThat(Serials.normalise(loose)).contains(s);
        assertThat(Serials.normalise(s.replace("JD-", ""))).contains(s);
        assertThat(Serials.normalise("JD-123")).isEmpty();
        assertThat(Serials.normalise("<script>")).isEmpty();
        // a serial whose own characters begin with J, D is read whole when typed without the prefix
        String full = "JD" + "0".repeat(Serials.RANDOM_CHARS - 2)
                + Serials.check("JD" + "0".repeat(Serials.RANDOM_CHARS - 2));
        assertThat(Serials.normalise(full))
                .map(x -> x.substring(3).replace("-", ""))
                .contains(full);
    }

    @Test
    void namesAreMaskedForThePublicPage() {
        assertThat(NameMask.mask("张三明")).isEqualTo("张*明");
        assertThat(NameMask.mask("李娜")).isEqualTo("李*");
        assertThat(NameMask.mask("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(NameMask.mask("王")).isEqualTo("*");
    }
}
