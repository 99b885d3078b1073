package org.jianding.app.grading;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Background marking after hand-in runs on Boot's task executor. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class GradingAsync {}
