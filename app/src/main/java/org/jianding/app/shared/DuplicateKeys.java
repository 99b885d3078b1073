package org.jianding.app.shared;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import org.springframework.dao.DuplicateKeyException;

/**
 * Insert-if-absent that holds on H2, MariaDB and MySQL 8 alike: a plain INSERT, with the database's duplicate-key
 * error read as "already there". The dialect idioms it replaces are not equal: jOOQ renders {@code
 * onDuplicateKeyIgnore()} as {@code INSERT IGNORE} on MySQL and MariaDB (which also swallows foreign-key and
 * truncation errors) and as a MERGE on H2, which checks and then inserts, so two callers at once both insert and one
 * fails. All three databases roll back only the failed statement, not the transaction, so the caller carries on.
 */
public final class DuplicateKeys {

    private DuplicateKeys() {}

    /** Runs one insert; true when it inserted, false when the row (by any unique key) was already there. */
    public static boolean insertedUnlessPresent(IntSupplier insert) {
        try {
            return insert.getAsInt() > 0;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Inserts rows in one statement and, when one of them was already there, the rest one by one: the number
     * inserted. The failed statement inserted nothing, since each statement is atomic on all three databases.
     */
    public static <T> int insertedUnlessPresent(
            List<T> rows, ToIntFunction<List<T>> insertAll, ToIntFunction<T> insertOne) {
        if (rows.isEmpty()) {
            return 0;
        }
        try {
            return insertAll.applyAsInt(rows);
        } catch (DuplicateKeyException e) {
            int inserted = 0;
            for (T row : rows) {
                if (insertedUnlessPresent(() -> insertOne.applyAsInt(row))) {
                    inserted++;
                }
            }
            return inserted;
        }
    }
}
