package org.jianding.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Jianding (鉴定): the exam and certification platform. Each direct sub-package is one feature module. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JiandingApplication {

    public static void main(String[] args) {
        SpringApplication.run(JiandingApplication.class, args);
    }
}
