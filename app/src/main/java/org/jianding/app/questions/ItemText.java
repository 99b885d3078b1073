package org.jianding.app.questions;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jianding.bank.demo.DemoBankFormat;
import org.jianding.bank.item.Question;

/**
 * How a version's content is stored: the bank text format of question-bank (FORMAT.md), one question per version.
 * It round-trips exactly (a tested property), reads well in a diff between versions, and needs no schema change
 * when the item model grows. See docs/adr/0004-question-content-as-bank-text.md.
 */
final class ItemText {

    private ItemText() {}

    static String write(Question question) {
        return DemoBankFormat.write(List.of(question));
    }

    static Question read(String content) {
        List<Question> questions = DemoBankFormat.parse("question", new StringReader(content));
        if (questions.size() != 1) {
            throw new IllegalStateException("a stored version holds exactly one question, found " + questions.size());
        }
        return questions.get(0);
    }

    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
