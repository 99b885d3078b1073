package org.jianding.app.accounts.userimport;

import static org.jianding.app.accounts.userimport.UserSheet.DISPLAY_NAME;
import static org.jianding.app.accounts.userimport.UserSheet.EMPLOYEE_NO;
import static org.jianding.app.accounts.userimport.UserSheet.INITIAL_PASSWORD;
import static org.jianding.app.accounts.userimport.UserSheet.IN_POST_SINCE;
import static org.jianding.app.accounts.userimport.UserSheet.LEVEL;
import static org.jianding.app.accounts.userimport.UserSheet.ORG_UNIT;
import static org.jianding.app.accounts.userimport.UserSheet.POST;
import static org.jianding.app.accounts.userimport.UserSheet.ROLES;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.sheet.SheetRow;

/**
 * What makes a row of the 用户 sheet importable. Every row is checked in full and every problem is reported at its
 * cell, including 工号 repeated within the file or already taken (case-insensitively, as the database's unique key
 * compares), so the user fixes the whole file in one round.
 */
final class UserRowPolicy {

    private static final String ROLE_SEPARATORS = "[,，、;；/\\s]+";

    private final Accounts accounts;
    private final ImportMessages messages;
    private final Map<String, OrgUnit> unitsByCode;
    private final Map<String, Post> postsByName;

    UserRowPolicy(Accounts accounts, ImportMessages messages) {
        this.accounts = accounts;
        this.messages = messages;
        this.unitsByCode = accounts.orgUnits().stream()
                .collect(Collectors.toMap(u -> key(u.code()), Function.identity(), (a, b) -> a));
        this.postsByName = accounts.posts().stream()
                .collect(Collectors.toMap(p -> key(p.name()), Function.identity(), (a, b) -> a));
    }

    /** The users of the rows that passed; a row with any problem yields none. */
    List<NewUser> check(List<SheetRow> rows) {
        Map<SheetRow, NewUser> candidates = new LinkedHashMap<>();
        Map<String, List<SheetRow>> byEmployeeNo = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            NewUser user = check(row);
            if (user != null) {
                candidates.put(row, user);
            }
            String employeeNo = wellFormedEmployeeNo(row);
            if (employeeNo != null) {
                byEmployeeNo
                        .computeIfAbsent(employeeNo.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(row);
            }
        }
        reportRepeated(byEmployeeNo, candidates);
        reportTaken(byEmployeeNo, candidates);
        return List.copyOf(candidates.values());
    }

    private NewUser check(SheetRow row) {
        String employeeNo = employeeNo(row);
        String name = row.required(DISPLAY_NAME);
        if (name != null && name.length() > 64) {
            row.problem(DISPLAY_NAME, messages.text("userImport.name.tooLong"));
        }
        OrgUnit unit = lookUp(row, ORG_UNIT, unitsByCode, "userImport.orgUnit.unknown");
        Post post = lookUp(row, POST, postsByName, "userImport.post.unknown");
        Level level = level(row);
        LocalDate since = row.date(IN_POST_SINCE);
        Set<Role> roles = roles(row);
        String password = password(row, employeeNo);
        if (UserSheet.COLUMNS.stream().anyMatch(row::hasProblem)) {
            return null;
        }
        return new NewUser(
                row.number(),
                new UserDraft(
                        employeeNo,
                        name,
                        unit == null ? null : unit.id(),
                        post == null ? null : post.id(),
                        level,
                        since,
                        roles),
                password);
    }

    private String employeeNo(SheetRow row) {
        String employeeNo = row.required(EMPLOYEE_NO);
        if (employeeNo == null) {
            return null;
        }
        String folded = fold(employeeNo);
        if (!UserDraft.wellFormedEmployeeNo(folded)) {
            row.problem(EMPLOYEE_NO, messages.text("userImport.employeeNo.invalid", employeeNo));
        }
        return folded;
    }

    private String wellFormedEmployeeNo(SheetRow row) {
        String employeeNo = row.code(EMPLOYEE_NO);
        return UserDraft.wellFormedEmployeeNo(employeeNo) ? employeeNo : null;
    }

    private <T> T lookUp(SheetRow row, org.jianding.bank.sheet.SheetColumn column, Map<String, T> known, String code) {
        String text = row.code(column);
        if (text == null) {
            return null;
        }
        T found = known.get(key(text));
        if (found == null) {
            row.problem(column, messages.text(code, text));
        }
        return found;
    }

    private Level level(SheetRow row) {
        String text = row.code(LEVEL);
        if (text == null) {
            return null;
        }
        return Level.parse(text).orElseGet(() -> {
            row.problem(LEVEL, messages.text("userImport.level.unknown", text));
            return null;
        });
    }

    private Set<Role> roles(SheetRow row) {
        String text = row.required(ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (text == null) {
            return roles;
        }
        List<String> unknown = new ArrayList<>();
        for (String name : fold(text).split(ROLE_SEPARATORS)) {
            if (!name.isEmpty()) {
                Role.parse(name).ifPresentOrElse(roles::add, () -> unknown.add(name));
            }
        }
        if (!unknown.isEmpty() || roles.isEmpty()) {
            String accepted = Arrays.stream(Role.values()).map(Role::shortName).collect(Collectors.joining("、"));
            row.problem(ROLES, messages.text("userImport.roles.unknown", String.join("、", unknown), accepted));
        }
        return roles;
    }

    private String password(SheetRow row, String employeeNo) {
        String password = row.text(INITIAL_PASSWORD);
        if (password == null) {
            return null;
        }
        try {
            accounts.checkInitialPassword(password, employeeNo == null ? "" : employeeNo);
        } catch (DomainException e) {
            row.problem(
                    INITIAL_PASSWORD,
                    messages.text("userImport.password.invalid", messages.text(e.messageCode(), e.arguments())));
        }
        return password;
    }

    private void reportRepeated(Map<String, List<SheetRow>> byEmployeeNo, Map<SheetRow, NewUser> candidates) {
        byEmployeeNo.values().stream().filter(rows -> rows.size() > 1).forEach(rows -> {
            String numbers = rows.stream().map(r -> String.valueOf(r.number())).collect(Collectors.joining("、"));
            for (SheetRow row : rows) {
                row.problem(
                        EMPLOYEE_NO, messages.text("userImport.employeeNo.repeated", row.code(EMPLOYEE_NO), numbers));
                candidates.remove(row);
            }
        });
    }

    private void reportTaken(Map<String, List<SheetRow>> byEmployeeNo, Map<SheetRow, NewUser> candidates) {
        for (String taken : accounts.takenEmployeeNos(byEmployeeNo.keySet())) {
            for (SheetRow row : byEmployeeNo.get(taken)) {
                row.problem(EMPLOYEE_NO, messages.text("userImport.employeeNo.taken", row.code(EMPLOYEE_NO)));
                candidates.remove(row);
            }
        }
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static String key(String text) {
        return fold(text).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
