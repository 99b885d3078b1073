package org.jianding.app.papers;

import java.util.ArrayList;
import java.util.List;
import org.jianding.app.blueprints.BankSnapshot;
import org.jianding.app.questions.PoolItem;
import org.jianding.bank.assembly.Paper;
import org.jianding.bank.assembly.PaperItem;

/** Turns an engine paper into stored items: positions from 1 in section order, pinned version ids. */
final class PaperItems {

    private PaperItems() {}

    static List<PaperRepository.Item> of(Paper paper, BankSnapshot snapshot) {
        List<PaperRepository.Item> items = new ArrayList<>();
        int position = 1;
        for (PaperItem item : paper.items()) {
            PoolItem pooled = snapshot.item(item.ref());
            items.add(new PaperRepository.Item(
                    position++, item.type(), pooled.questionId(), pooled.versionId(), item.points()));
        }
        return items;
    }
}
