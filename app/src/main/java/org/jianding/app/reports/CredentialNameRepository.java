package org.jianding.app.reports;

import static org.jianding.app.reports.db.Tables.CREDENTIAL;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Score reports and certificates for the audit log, many in one query. */
@Repository
class CredentialNameRepository {

    /** A credential as the audit log names it: what it is, its number, whose. */
    record NamedCredential(String serial, CredentialKind kind, long holderId) {}

    private final DSLContext db;

    CredentialNameRepository(DSLContext db) {
        this.db = db;
    }

    /** The credentials with these serials (unknown ones are left out). */
    List<NamedCredential> bySerials(Collection<String> serials) {
        if (serials.isEmpty()) {
            return List.of();
        }
        return db.select(CREDENTIAL.SERIAL, CREDENTIAL.KIND, CREDENTIAL.HOLDER_ID)
                .from(CREDENTIAL)
                .where(CREDENTIAL.SERIAL.in(serials))
                .fetch(r -> new NamedCredential(r.value1(), CredentialKind.valueOf(r.value2()), r.value3()));
    }
}
