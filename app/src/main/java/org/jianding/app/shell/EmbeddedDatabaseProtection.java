package org.jianding.app.shell;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 database private (see {@link EmbeddedH2Files}). Runs as a bean factory post-processor so the
 * directory is locked down before any bean (the data source above all) is created, and again once the application
 * has started, to restrict the files H2 created.
 */
@Component
class EmbeddedDatabaseProtection
        implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationListener<ApplicationStartedEvent> {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        files().ifPresent(f -> {
            f.prepareDirectory();
            f.tightenFiles();
        });
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        files().ifPresent(EmbeddedH2Files::tightenFiles);
    }

    private java.util.Optional<EmbeddedH2Files> files() {
        return EmbeddedH2Files.of(environment.getProperty("spring.datasource.url"));
    }
}
