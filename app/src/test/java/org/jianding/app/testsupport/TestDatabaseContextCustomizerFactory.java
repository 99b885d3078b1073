package org.jianding.app.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points every Spring test context at the suite's database ({@link TestDatabase}), so no test can forget to and
 * none falls back to the developer's ./data file. Registered in META-INF/spring.factories.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean embedded = TestContextAnnotationUtils.hasAnnotation(testClass, EmbeddedH2.class);
        return new Customizer(embedded ? testClass.getSimpleName() : null);
    }

    private record Customizer(String embeddedName) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase.Connection db =
                    embeddedName == null ? TestDatabase.selected() : TestDatabase.embeddedH2(embeddedName);
            Map<String, Object> properties = new HashMap<>(db.properties());
            properties.put("jianding.demo.enabled", "true");
            // the suite keeps several application contexts alive (Spring's context cache); small pools keep their
            // connections well under the database's limit (MariaDB allows 151 by default)
            properties.put("spring.datasource.hikari.maximum-pool-size", "8");
            properties.put("spring.datasource.hikari.minimum-idle", "1");
            properties.put("jianding.test.database-origin", db.origin());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("jianding-test-database", properties));
        }
    }
}
