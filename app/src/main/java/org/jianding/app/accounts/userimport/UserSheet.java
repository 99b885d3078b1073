package org.jianding.app.accounts.userimport;

import java.util.List;
import org.jianding.bank.sheet.SheetColumn;
import org.jianding.bank.sheet.SheetLimits;

/** The 用户 sheet: its columns (with the other names users give them) and how large an upload may be. */
final class UserSheet {

    static final String NAME = "用户";

    static final SheetColumn EMPLOYEE_NO = SheetColumn.required("工号", "员工编号", "登录名");
    static final SheetColumn DISPLAY_NAME = SheetColumn.required("姓名", "名字");
    static final SheetColumn ORG_UNIT = SheetColumn.optional("单位编码", "单位代码", "部门编码");
    static final SheetColumn POST = SheetColumn.optional("岗位", "岗位名称");
    static final SheetColumn LEVEL = SheetColumn.optional("级别", "当前级别", "认证级别");
    static final SheetColumn IN_POST_SINCE = SheetColumn.optional("任岗日期", "任现岗位日期", "任职日期");
    static final SheetColumn ROLES = SheetColumn.required("角色");
    static final SheetColumn INITIAL_PASSWORD = SheetColumn.optional("初始密码", "密码");

    static final List<SheetColumn> COLUMNS =
            List.of(EMPLOYEE_NO, DISPLAY_NAME, ORG_UNIT, POST, LEVEL, IN_POST_SINCE, ROLES, INITIAL_PASSWORD);

    /** Each imported user costs a password hash (~0.1 s), so a file is bounded well below the reader's default. */
    static final int MAX_USERS = 5_000;

    static final SheetLimits LIMITS =
            SheetLimits.DEFAULT.withMaxBytes(5L * 1024 * 1024).withMaxRows(MAX_USERS + 10);

    private UserSheet() {}
}
