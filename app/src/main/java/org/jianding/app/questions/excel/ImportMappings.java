package org.jianding.app.questions.excel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.questions.excel.ImportMappingRepository.StoredUpload;
import org.jianding.app.questions.excel.SheetMapping.Recognition;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping step between upload and import: recognising the columns of an upload with what the author's
 * organisation unit chose before, remembering what the author chose now, and keeping the upload meanwhile (any node can finish it).
 */
@Service
@Transactional
public class ImportMappings {

    /** The unit key of mappings saved by users without a unit, and of those saved before units had their own. */
    static final long INSTALLATION = 0;

    /** Uploads left in the mapping step longer than this are deleted. */
    static final Duration KEPT = Duration.ofDays(1);

    private final ImportMappingRepository repository;
    private final Accounts accounts;
    private final Clock clock;

    ImportMappings(ImportMappingRepository repository, Accounts accounts, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Recognises the columns with what the user's organisation unit (or a unit above it) saved before. */
    @Transactional(readOnly = true)
    WorkbookMapping recognise(XlsxUpload upload, KnowledgeLookup knowledge, long userId)
            throws UnreadableWorkbookException {
        return new ColumnRecognition(repository.savedFields(units(userId)), knowledge).recognise(upload);
    }

    /**
     * Whose saved columns a user is offered, the nearest last: the installation's ({@code 0}, also everything saved
     * before mappings belonged to units), then each unit from the root down to the user's own.
     */
    List<Long> units(long userId) {
        List<Long> chain = new ArrayList<>();
        // an id that is no account (a dry run by the system) has the installation's only
        var user = accounts.getAll(List.of(userId)).get(userId);
        OrgUnit own = user == null ? null : user.orgUnit();
        if (own != null) {
            Map<Long, OrgUnit> byId = new HashMap<>();
            accounts.orgUnits().forEach(u -> byId.put(u.id(), u));
            Long at = own.id();
            while (at != null && !chain.contains(at) && byId.containsKey(at)) {
                chain.add(0, at);
                at = byId.get(at).parentId();
            }
            if (chain.isEmpty()) {
                chain.add(own.id());
            }
        }
        chain.add(0, INSTALLATION);
        return chain;
    }

    /**
     * Saves the field of every column the author chose or that was recognised by its content, under its header and
     * the author's organisation unit, so the unit's next file with that header is read the same way.
     */
    void remember(WorkbookMapping mapping, long userId) {
        Map<String, ImportField> fields = new HashMap<>();
        for (SheetMapping sheet : mapping.sheets()) {
            for (SheetMapping.Column c : sheet.columns()) {
                boolean decided = c.how() == Recognition.CHOSEN || c.how() == Recognition.CONTENT;
                if (decided && c.header() != null && !c.header().isBlank()) {
                    String key = ColumnRecognition.key(c.header());
                    if (key.length() <= 200) {
                        fields.put(key, c.field());
                    }
                }
            }
        }
        List<Long> units = units(userId);
        repository.save(units.get(units.size() - 1), fields, userId, clock.instant());
    }

    /** Keeps an upload for the import that follows the mapping step; returns its token. */
    String keep(byte[] content, String fileName, long authorId) {
        Instant now = clock.instant();
        repository.deleteUploadsBefore(now.minus(KEPT));
        String token = UUID.randomUUID().toString();
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName;
        repository.storeUpload(token, authorId, name.length() > 255 ? name.substring(0, 255) : name, content, now);
        return token;
    }

    /** The upload kept under {@code token}, only for the author who uploaded it. */
    @Transactional(readOnly = true)
    Optional<StoredUpload> kept(String token, long authorId) {
        return repository.upload(token, authorId);
    }

    void forget(String token) {
        repository.deleteUpload(token);
    }
}
