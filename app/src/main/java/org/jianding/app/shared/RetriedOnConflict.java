package org.jianding.app.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write path whose transaction is run again, whole, when the database rolled it back for a conflict with
 * another transaction: an InnoDB deadlock or lock-wait timeout, or, on a Galera cluster, a certification failure at
 * commit (a conflicting write committed first on another node). {@link ConflictRetry} does the work; it acts only
 * where the call opens the transaction (a call inside someone else's transaction is retried with that one).
 * On a class it covers every method called through the bean.
 *
 * <p>A conflict means the transaction did not commit, so running it again is safe for any method whose effects are
 * all in that transaction (events after commit included). {@link #afterConnectionLoss} also runs it again when the
 * connection broke (a database node died): then the commit may or may not have happened, so only methods that give
 * the same outcome when run twice (a save carrying its seq, a conditional hand-in, idempotent marking) may say so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {

    /** Also run again when the connection to the database broke (idempotent methods only). */
    boolean afterConnectionLoss() default false;
}
