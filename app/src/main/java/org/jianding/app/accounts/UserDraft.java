package org.jianding.app.accounts;

import java.time.LocalDate;
import java.util.Set;
import org.jianding.bank.Level;

/**
 * What an administrator fills in to create or edit a user. Unit and post are given by id; a null is "none".
 */
public record UserDraft(
        String employeeNo,
        String displayName,
        Long orgUnitId,
        Long postId,
        Level level,
        LocalDate inPostSince,
        Set<Role> roles) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Whether a 工号 has the form every account's login name must have: 2–32 letters, digits, _ or -. */
    public static boolean wellFormedEmployeeNo(String employeeNo) {
        return employeeNo != null
                && UserDraftPolicy.EMPLOYEE_NO.matcher(employeeNo).matches();
    }
}
