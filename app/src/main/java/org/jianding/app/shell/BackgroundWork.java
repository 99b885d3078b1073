package org.jianding.app.shell;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one place that turns on background work. Scheduled jobs (the deadline job, the marking sweep, the release
 * job, the competency sweep, the report-batch sweep, the
 * notifications' opening reminders) share Boot's task scheduler, and asynchronous work (marking
 * after hand-in, competency records and documents after release, report batches, notices and their mails) shares Boot's task executor. Both
 * are sized in application.properties ({@code spring.task.scheduling.*}, {@code spring.task.execution.*}): the
 * scheduler has a thread per job, so a long report-batch sweep never delays the deadline job.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class BackgroundWork {}
