package org.jianding.app.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The item half of a result's derivation in words, as the officer's page and the candidate's 我的成绩 show it
 * (the area half is {@link ResultView#areas()}). Built for one reader: with keys for officers, and for a candidate
 * with keys only where the session shows them after release; a blank typed right names the accepted answer it
 * matched in either case, since the candidate wrote it.
 *
 * @param items every item of the paper in paper order, each with one line per part or blank
 * @param errata the errata of the session that concern a question of this paper, cited by its number there
 */
public record Derivation(List<Item> items, List<CitedErratum> errata) {

    public Derivation {
        items = List.copyOf(items);
        errata = List.copyOf(errata);
    }

    /** One item: 题号 on this paper, type, area, points on the paper, earned (null while a grader has parts). */
    public record Item(
            int position,
            String type,
            String area,
            String knowledgePoint,
            BigDecimal max,
            BigDecimal earned,
            List<String> lines,
            String unmarked) {

        public Item {
            lines = List.copyOf(lines);
        }

        /** The earned points in words: the number, or 未阅 (in the reader's words) while a grader still has a part. */
        public String earnedText() {
            return earned == null ? unmarked : earned.toPlainString();
        }
    }

    /** An erratum as this paper's reader sees it: 第N题, what was done (with the corrected key only if shown). */
    public record CitedErratum(int position, String what, String reason, Instant at) {}
}
