package org.jianding.app.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images for stems and options, stored in the database under the SHA-256 of their bytes (the same picture uploaded
 * twice is stored once) and served from {@code /bank/images/<sha256>}, the only image source that {@link RichText}
 * lets into a question. Only PNG, JPEG and GIF up to 2 MB are taken, recognised by their first bytes rather than by
 * the name or the type the browser claims, so nothing else (SVG with script, HTML) can be served as an image.
 */
@Service
@RetriedOnConflict
@Transactional
public class QuestionImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);

    private final QuestionImageRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    QuestionImages(QuestionImageRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores an image (once per content) and returns the URL path to put in an {@code <img src>}. */
    public String store(byte[] bytes, long uploaderId) {
        if (bytes == null || bytes.length == 0) {
            throw DomainException.badRequest("image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw DomainException.badRequest("image.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        String mediaType = mediaType(bytes).orElseThrow(() -> DomainException.badRequest("image.unsupported"));
        String sha = sha256(bytes);
        if (repository.find(sha).isEmpty()) {
            repository.insert(sha, mediaType, bytes, uploaderId, clock.instant());
            audit.record("question.imageStored", "questionImage", null, sha + " " + mediaType + " " + bytes.length);
        }
        return RichText.IMAGE_PATH + sha;
    }

    @Transactional(readOnly = true)
    public Optional<StoredImage> find(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}") ? repository.find(sha256) : Optional.empty();
    }

    /** The media type the magic bytes announce, if it is one we take. */
    static Optional<String> mediaType(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) {
            return Optional.of("image/gif");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
