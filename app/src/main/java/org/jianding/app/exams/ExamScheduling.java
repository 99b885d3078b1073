package org.jianding.app.exams;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the deadline job (and any other scheduled work). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExamScheduling {}
