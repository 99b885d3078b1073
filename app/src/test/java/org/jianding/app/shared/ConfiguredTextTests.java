package org.jianding.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConfiguredTextTests {

    @Test
    void acceptsChineseLatinAndAscii() {
        for (String ok : new String[] {"鉴定职业技能等级认证中心", "Zürich", "Jianding Center", "Café 中心"}) {
            assertThat(ConfiguredText.requireReadable("x", ok)).isEqualTo(ok);
        }
    }

    @Test
    void refusesUtf8ReadAsIso88591NamingTheSetting() {
        String garbled = new String("鉴定职业技能等级认证中心".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ConfiguredText.requireReadable("jianding.reports.issuer", garbled))
                .hasMessageContaining("jianding.reports.issuer")
                .hasMessageContaining("ISO-8859-1");
    }

    @Test
    void refusesLostCharacters() {
        assertThatThrownBy(() -> ConfiguredText.requireReadable("jianding.reports.issuer", "\uFFFD\uFFFD中心"))
                .hasMessageContaining("LANG=C.UTF-8");
    }
}
