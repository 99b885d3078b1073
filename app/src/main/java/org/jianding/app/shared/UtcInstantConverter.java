package org.jianding.app.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.impl.AbstractConverter;

/**
 * Every instant is stored as a DATETIME holding UTC wall-clock time, whatever the database server's or the JVM's
 * zone, to the millisecond (DATETIME(3)). jOOQ applies this converter to every DATETIME/TIMESTAMP column (see the code generation in app/pom.xml).
 */
public class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {

    public UtcInstantConverter() {
        super(LocalDateTime.class, Instant.class);
    }

    @Override
    public Instant from(LocalDateTime databaseObject) {
        return databaseObject == null ? null : databaseObject.toInstant(ZoneOffset.UTC);
    }

    @Override
    public LocalDateTime to(Instant userObject) {
        return userObject == null
                ? null
                : LocalDateTime.ofInstant(userObject.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }
}
