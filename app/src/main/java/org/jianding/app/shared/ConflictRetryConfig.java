package org.jianding.app.shared;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Applies {@link RetriedOnConflict} to beans: an advisor ordered just outside the transaction interceptor, so each
 * run gets a fresh transaction. Infrastructure role, so Spring's own auto-proxy creator (the one that applies
 * {@code @Transactional} and method security) applies it too.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class ConflictRetryConfig {

    /** Above the transaction advisor (lowest precedence): this one wraps it. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor conflictRetryAdvisor(ObjectProvider<ConflictRetry> retry) {
        ComposablePointcut pointcut = new ComposablePointcut(
                        new AnnotationMatchingPointcut(RetriedOnConflict.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(RetriedOnConflict.class));
        MethodInterceptor interceptor = invocation -> {
            Method method = invocation.getMethod();
            Class<?> target = invocation.getThis() == null
                    ? method.getDeclaringClass()
                    : invocation.getThis().getClass();
            RetriedOnConflict rule = AnnotatedElementUtils.findMergedAnnotation(method, RetriedOnConflict.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(target, RetriedOnConflict.class);
            }
            if (method.getDeclaringClass() == Object.class || rule == null) {
                return invocation.proceed();
            }
            String operation =
                    org.springframework.util.ClassUtils.getUserClass(target).getSimpleName() + "." + method.getName();
            return retry.getObject().run(operation, rule.afterConnectionLoss(), () -> {
                try {
                    // each run from a fresh copy: a method invocation's chain can be walked once
                    return invocation instanceof ProxyMethodInvocation proxied
                            ? proxied.invocableClone().proceed()
                            : invocation.proceed();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new CheckedFailure(e);
                }
            });
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, unwrapping(interceptor));
        advisor.setOrder(ORDER);
        return advisor;
    }

    private static MethodInterceptor unwrapping(MethodInterceptor inner) {
        return invocation -> {
            try {
                return inner.invoke(invocation);
            } catch (CheckedFailure e) {
                throw e.getCause();
            }
        };
    }

    /** Carries a checked exception of the advised method through the retry loop unchanged. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Throwable cause) {
            super(cause);
        }
    }
}
