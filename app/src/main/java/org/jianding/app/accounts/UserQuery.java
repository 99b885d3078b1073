package org.jianding.app.accounts;

/** Filters of the user list; blank fields do not filter. Pages count from 0. */
public record UserQuery(String text, Long orgUnitId, Role role, Boolean enabled, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public UserQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
