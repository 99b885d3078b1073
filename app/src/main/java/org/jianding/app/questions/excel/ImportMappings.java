package org.jianding.app.questions.excel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jianding.app.questions.excel.ImportMappingRepository.StoredUpload;
import org.jianding.app.questions.excel.SheetMapping.Recognition;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping step between upload and import: recognising the columns of an upload with what this organisation
 * chose before, remembering what the author chose now, and keeping the upload meanwhile (any node can finish it).
 */
@Service
@Transactional
public class ImportMappings {

    /** Uploads left in the mapping step longer than this are deleted. */
    static final Duration KEPT = Duration.ofDays(1);

    private final ImportMappingRepository repository;
    private final Clock clock;

    ImportMappings(ImportMappingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    WorkbookMapping recognise(XlsxUpload upload, KnowledgeLookup knowledge) throws UnreadableWorkbookException {
        return new ColumnRecognition(repository.savedFields(), knowledge).recognise(upload);
    }

    /**
     * Saves the field of every column the author chose or that was recognised by its content, under its header, so
     * the next file with that header is read the same way.
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
        repository.save(fields, userId, clock.instant());
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
