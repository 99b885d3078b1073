package org.jianding.app.accounts;

/** A post (岗位) that is certified per level, e.g. 政企客户经理. */
public record Post(long id, String code, String name) {}
