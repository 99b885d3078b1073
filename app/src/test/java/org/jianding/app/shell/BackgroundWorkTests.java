package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.ReflectionUtils;

/**
 * One scheduler with a thread for every scheduled job, so that a long job (a report-batch sweep) never holds up
 * another (the deadline job); one sized executor for the work after commit. Adding a job without a thread fails here.
 */
@SpringBootTest
class BackgroundWorkTests {

    @Autowired
    ApplicationContext context;

    @Test
    void theSchedulerHasAThreadForEveryScheduledJob() {
        List<String> jobs = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("org.jianding.")) {
                continue;
            }
            ReflectionUtils.doWithMethods(AopUtils.getTargetClass(context.getBean(name)), method -> {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    jobs.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                }
            });
        }
        assertThat(jobs).as("scheduled jobs").hasSizeGreaterThanOrEqualTo(5);
        ThreadPoolTaskScheduler scheduler = context.getBean(ThreadPoolTaskScheduler.class);
        assertThat(scheduler.getPoolSize()).as("scheduler threads for " + jobs).isGreaterThanOrEqualTo(jobs.size());
    }

    @Test
    void backgroundWorkSharesOneSizedExecutor() {
        assertThat(context.getBeansOfType(ThreadPoolTaskExecutor.class)).hasSize(1);
        ThreadPoolTaskExecutor executor = context.getBean(ThreadPoolTaskExecutor.class);
        assertThat(executor.getCorePoolSize()).isEqualTo(4);
        assertThat(executor.getThreadNamePrefix()).isEqualTo("jianding-work-");
    }
}
