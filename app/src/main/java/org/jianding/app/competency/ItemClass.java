package org.jianding.app.competency;

/** A class of competency items (基本能力, 专业/技术能力, 职能行为能力); the code is fixed, the name editable. */
public record ItemClass(String code, String name) {}
