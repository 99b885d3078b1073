package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Configuration files are read as UTF-8 the way Spring Boot loads them (config data, through META-INF/spring.factories),
 * not only when this class is called directly: without the loader every Chinese value below arrives as mojibake.
 */
class Utf8PropertiesLoaderTests {

    @Configuration(proxyBeanMethods = false)
    static class Nothing {}

    @Test
    void readsAUtf8ConfigurationFileAsUtf8KeepingEscapes() {
        Environment env = environment("classpath:/encoding/utf8/");
        assertThat(env.getProperty("jianding.reports.issuer")).isEqualTo("华南职业技能鉴定指导中心（测试）");
        assertThat(env.getProperty("test.escaped")).isEqualTo("鉴定");
        assertThat(env.getProperty("test.backslashed")).isEqualTo("中心");
        assertThat(env.getProperty("test.mixed")).isEqualTo("Zürich 苏黎世 ½");
    }

    @Test
    void readsAFileThatIsNotUtf8AsIso88591AsBefore() {
        assertThat(environment("classpath:/encoding/latin1/").getProperty("test.latin1"))
                .isEqualTo("Zürich");
    }

    @Test
    void theApplicationsOwnDefaultIssuerArrivesIntact() {
        assertThat(environment("classpath:/").getProperty("jianding.reports.issuer"))
                .isEqualTo("鉴定职业技能等级认证中心");
    }

    @Test
    void escapesOnlyNonAsciiCharacters() {
        assertThat(Utf8PropertiesLoader.escapeNonAscii("a=b\\\\c 中\n")).isEqualTo("a=b\\\\c \\u4e2d\n");
        assertThat(Utf8PropertiesLoader.escapeNonAscii("a=\\中")).isEqualTo("a=\\u4e2d");
        assertThat(Utf8PropertiesLoader.escapeNonAscii("a=\\\\中")).isEqualTo("a=\\\\\\u4e2d");
    }

    private static Environment environment(String location) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.config.location=" + location, "spring.main.banner-mode=off")
                .run()) {
            return context.getEnvironment();
        }
    }
}
