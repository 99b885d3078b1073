package org.jianding.app.accounts;

import java.util.List;

/** One page of users and the total that match. */
public record UserPage(List<UserAccount> users, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
