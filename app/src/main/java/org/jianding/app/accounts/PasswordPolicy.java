package org.jianding.app.accounts;

import org.jianding.app.shared.DomainException;
import org.springframework.stereotype.Component;

/** A password is at least {@code minLength} long, has letters and digits, and is not the 工号. */
@Component
class PasswordPolicy {

    private final int minLength;

    PasswordPolicy(PasswordSettings settings) {
        this.minLength = settings.minLength();
    }

    String check(String password, String employeeNo) {
        if (password == null || password.length() < minLength || password.length() > 128) {
            throw DomainException.badRequest("password.tooShort", minLength);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw DomainException.badRequest("password.needsLettersAndDigits");
        }
        if (password.equalsIgnoreCase(employeeNo)) {
            throw DomainException.badRequest("password.equalsEmployeeNo");
        }
        return password;
    }
}
