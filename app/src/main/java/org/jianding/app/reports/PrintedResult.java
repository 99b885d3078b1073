package org.jianding.app.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jianding.app.grading.ResultSummary;
import org.jianding.app.grading.ResultView;

/**
 * What a score report says about its result, as one SHA-256 digest: the standard score, the decision, the rule
 * version and every area line. Two results with the same digest print the same report, so a change after release
 * that alters nothing printed (an erratum of another question raises every result's revision) makes no new revision,
 * and one that alters anything does.
 */
final class PrintedResult {

    private PrintedResult() {}

    static String digest(ResultSummary r) {
        StringBuilder text = new StringBuilder()
                .append(plain(r.standardScore()))
                .append('|')
                .append(Boolean.TRUE.equals(r.passed()))
                .append('|')
                .append(r.rule().versionNo());
        for (ResultView.AreaLine a : r.areas()) {
            text.append('\n')
                    .append(a.area())
                    .append('|')
                    .append(a.name())
                    .append('|')
                    .append(plain(a.earned()))
                    .append('|')
                    .append(plain(a.max()))
                    .append('|')
                    .append(plain(a.score()))
                    .append('|')
                    .append(plain(a.weight()))
                    .append('|')
                    .append(plain(a.effectiveWeight()))
                    .append('|')
                    .append(plain(a.contribution()));
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Numbers by value: 60.0 and 60.00 print alike and digest alike. */
    private static String plain(BigDecimal n) {
        return n == null ? "-" : n.stripTrailingZeros().toPlainString();
    }
}
