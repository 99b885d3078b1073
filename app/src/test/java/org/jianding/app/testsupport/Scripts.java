package org.jianding.app.testsupport;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Calls the API as a script does (docs/operations.md): HTTP Basic credentials sent unasked, and the
 * {@code X-Requested-By} header that lets a script's call go without a CSRF token.
 */
public final class Scripts {

    public static final String HEADER = "X-Requested-By";

    private Scripts() {}

    public static RequestPostProcessor httpBasic(String employeeNo, String password) {
        RequestPostProcessor basic = SecurityMockMvcRequestPostProcessors.httpBasic(employeeNo, password);
        return request -> {
            request.addHeader(HEADER, "jianding-tests");
            return basic.postProcessRequest(request);
        };
    }
}
