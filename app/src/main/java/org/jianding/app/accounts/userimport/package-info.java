/**
 * Importing users from an Excel sheet (系统管理 → 用户管理 → 导入): the template, validation of every row before
 * anything is written (each bad cell reported by sheet, row and column, with a marked copy of the file), and the
 * all-or-nothing import through {@link org.jianding.app.accounts.Accounts}. Owns no tables; audited as
 * {@code user.created} per user and {@code users.imported} per file.
 */
package org.jianding.app.accounts.userimport;
