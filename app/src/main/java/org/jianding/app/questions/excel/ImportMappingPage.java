package org.jianding.app.questions.excel;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the import page's mapping step shows: the recognised sheets and the choices for the defaults. */
@Component
class ImportMappingPage {

    private final KnowledgeTree knowledge;

    ImportMappingPage(KnowledgeTree knowledge) {
        this.knowledge = knowledge;
    }

    void fill(Model model, WorkbookMapping mapping, String token) {
        model.addAttribute("mapping", mapping);
        model.addAttribute("token", token);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("leaves", new KnowledgeLookup(knowledge.nodes()).leaves());
        model.addAttribute("levels", Level.values());
        model.addAttribute("cognitives", CognitiveLevel.values());
        model.addAttribute(
                "difficulties",
                IntStream.rangeClosed(Difficulty.MIN, Difficulty.MAX)
                        .mapToObj(Difficulty::of)
                        .toList());
        model.addAttribute(
                "types",
                Arrays.stream(QuestionType.values())
                        .filter(t -> t != QuestionType.CASE_ANALYSIS)
                        .toList());
    }
}
