package org.jianding.app.questions;

/** An image of the bank: its hash, its media type (image/png, image/jpeg or image/gif) and its bytes. */
public record StoredImage(String sha256, String mediaType, byte[] bytes) {}
