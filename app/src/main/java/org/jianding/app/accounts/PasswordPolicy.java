package org.jianding.app.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.app.shared.DomainException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A password is at least {@code minLength} long, has letters and digits, does not contain the 工号 and is not on
 * the shipped list of common passwords ({@code security/common-passwords.txt}, compared case-insensitively).
 */
@Component
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    /** Shorter 工号 are only refused as the whole password: two letters inside a password are no giveaway. */
    private static final int EMPLOYEE_NO_INSIDE_FROM = 3;

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(PasswordSettings settings) {
        this.minLength = settings.minLength();
        this.common = load();
    }

    String check(String password, String employeeNo) {
        if (password == null || password.length() < minLength || password.length() > 128) {
            throw DomainException.badRequest("password.tooShort", minLength);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw DomainException.badRequest("password.needsLettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String no = employeeNo == null ? "" : employeeNo.strip().toLowerCase(Locale.ROOT);
        if (!no.isEmpty() && (lower.equals(no) || (no.length() >= EMPLOYEE_NO_INSIDE_FROM && lower.contains(no)))) {
            throw DomainException.badRequest("password.containsEmployeeNo");
        }
        if (common.contains(lower)) {
            throw DomainException.badRequest("password.common");
        }
        return password;
    }

    private static Set<String> load() {
        var resource = new ClassPathResource(COMMON_PASSWORDS);
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
    }
}
