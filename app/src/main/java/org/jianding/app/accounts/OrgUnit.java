package org.jianding.app.accounts;

/** An organisation unit (分公司, 部门). */
public record OrgUnit(long id, String code, String name, Long parentId) {}
