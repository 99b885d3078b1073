package org.jianding.app.printing;

import java.util.Optional;

/**
 * Where printing finds the images that rich text refers to as {@code /bank/images/<sha256>}. The question bank
 * (or a test) supplies them; an image that is not found is printed as a visible placeholder, never silently left
 * out, so a missing picture is noticed before the paper goes to the exam room.
 */
@FunctionalInterface
public interface ImageSource {

    /** The stored bytes (PNG, JPEG or GIF) of the image with this SHA-256, or empty when there is none. */
    Optional<byte[]> find(String sha256);

    /** No images at all: every image prints as a placeholder. */
    static ImageSource none() {
        return sha256 -> Optional.empty();
    }
}
