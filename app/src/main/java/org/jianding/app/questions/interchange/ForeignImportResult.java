package org.jianding.app.questions.interchange;

import java.util.List;
import org.jianding.bank.interchange.InterchangeFormat;
import org.jianding.bank.interchange.ItemConversion.Assumption;
import org.jianding.bank.interchange.ItemProblem;
import org.jianding.bank.interchange.SkippedItem;

/** What a question file of another system came to: imported, checked only, or refused with every problem. */
public sealed interface ForeignImportResult {

    InterchangeFormat format();

    /** Questions of types the bank lacks, left out; they never block an import. */
    List<SkippedItem> skipped();

    /** What the import assumed per question (defaults taken where the file says nothing); none when refused. */
    List<Assumption> assumptions();

    /** Every question saved as a draft by the importing author; {@code ids} in file order. */
    record Imported(InterchangeFormat format, List<Long> ids, List<SkippedItem> skipped, List<Assumption> assumptions)
            implements ForeignImportResult {}

    /** Every question is valid; nothing was saved (dry run). */
    record Checked(InterchangeFormat format, int valid, List<SkippedItem> skipped, List<Assumption> assumptions)
            implements ForeignImportResult {}

    /** Nothing was imported: each problem names its question. */
    record Rejected(InterchangeFormat format, List<ItemProblem> problems, List<SkippedItem> skipped)
            implements ForeignImportResult {

        @Override
        public List<Assumption> assumptions() {
            return List.of();
        }

        /** How many questions have at least one problem. */
        public long questionsWithProblems() {
            return problems.stream().map(ItemProblem::ref).distinct().count();
        }
    }
}
