package org.jianding.app.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Reads an upload's parts before the security filters do, so that one over the size limit is answered by
 * {@link UploadLimitAdvice} (413, what is wrong and the limit, in the caller's language) on pages as in the API.
 *
 * <p>Without it, a page form's CSRF token is a multipart field: the CSRF filter's look-up makes the container parse
 * the oversized body, which fails and throws out of the filter chain, and the container answers a bare 413 (its error
 * dispatch fails again on the same body). Here a failed parse is forwarded to the same path with a request whose
 * parts always fail with the original error, so the dispatcher refuses it with {@link MaxUploadSizeExceededException}
 * before choosing any controller: no handler runs for it, with or without a CSRF check. An upload within the limit
 * goes on untouched (its parts are already parsed and kept), and the CSRF filter checks its token as before.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            new StandardMultipartHttpServletRequest(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                path += "?" + request.getQueryString(); // the forward's own query string is what it shows
            }
            request.getRequestDispatcher(path).forward(new RefusedUpload(request, tooLarge), response);
            return;
        } catch (RuntimeException otherwiseMalformed) {
            // not a size problem: the request goes on and meets the usual checks and errors
        }
        chain.doFilter(request, response);
    }

    /**
     * The refused upload as the forward sees it: its parts fail with the original error every time, and its
     * parameters are the query string's only (the container would fail again on the body for any form field).
     */
    private static final class RefusedUpload extends HttpServletRequestWrapper {

        private final MaxUploadSizeExceededException failure;
        private final Map<String, String[]> queryParameters;

        RefusedUpload(HttpServletRequest request, MaxUploadSizeExceededException failure) {
            super(request);
            this.failure = failure;
            this.queryParameters = queryParameters(request.getQueryString());
        }

        @Override
        public Collection<Part> getParts() {
            throw rethrown();
        }

        @Override
        public Part getPart(String name) {
            throw rethrown();
        }

        private IllegalStateException rethrown() {
            return failure.getCause() instanceof IllegalStateException original
                    ? original
                    : new IllegalStateException("upload exceeds its maximum permitted size", failure);
        }

        @Override
        public String getParameter(String name) {
            String[] values = queryParameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return queryParameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(queryParameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return queryParameters.get(name);
        }

        private static Map<String, String[]> queryParameters(String query) {
            if (query == null || query.isEmpty()) {
                return Map.of();
            }
            MultiValueMap<String, String> raw =
                    UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
            Map<String, String[]> decoded = new LinkedHashMap<>();
            raw.forEach((name, values) ->
                    decoded.put(UriUtils.decode(name, java.nio.charset.StandardCharsets.UTF_8), decodeAll(values)));
            return Collections.unmodifiableMap(decoded);
        }

        private static String[] decodeAll(List<String> values) {
            return values.stream()
                    .map(v -> v == null ? "" : UriUtils.decode(v, java.nio.charset.StandardCharsets.UTF_8))
                    .toArray(String[]::new);
        }
    }
}
