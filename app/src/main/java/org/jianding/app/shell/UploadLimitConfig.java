package org.jianding.app.shell;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link UploadLimitFilter} runs just before the security filters, on every path. */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfig {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
