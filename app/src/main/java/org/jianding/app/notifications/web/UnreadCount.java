package org.jianding.app.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jianding.app.accounts.JiandingUser;
import org.jianding.app.notifications.Notifications;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the logged-in user's unread count into every rendered page, for the bell in the navigation
 * ({@code unreadNotifications}). Only pages pay for the count (one indexed query): redirects, JSON and files do not.
 */
@Configuration(proxyBeanMethods = false)
class UnreadCount implements WebMvcConfigurer, HandlerInterceptor {

    private final Notifications notifications;

    UnreadCount(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mv) {
        if (mv == null || mv.getViewName() == null || mv.getViewName().contains(":")) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof JiandingUser user) {
            mv.addObject("unreadNotifications", notifications.unread(user.id()));
        }
    }
}
