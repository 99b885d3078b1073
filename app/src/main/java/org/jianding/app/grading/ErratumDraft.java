package org.jianding.app.grading;

/**
 * What an officer enters for a key erratum. The key is typed as text: 单选 one letter (B); 多选 the letters (AC or
 * A,C); 判断 对 or 错; 填空 one entry per blank separated by ; or a new line, alternatives within a blank by |.
 */
public record ErratumDraft(Long questionId, ErratumKind kind, String key, String reason) {}
