package org.jianding.app.demo;

import org.jianding.app.accounts.Accounts;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionQuery;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.bank.demo.DemoBank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo question bank shipped in question-bank (over 500 questions on every leaf of the default taxonomy)
 * as active questions by the demo author, once, when the bank is still empty.
 */
class DemoQuestionBank {

    private static final Logger log = LoggerFactory.getLogger(DemoQuestionBank.class);

    private final QuestionBank bank;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    DemoQuestionBank(QuestionBank bank, Accounts accounts, TransactionTemplate transactions) {
        this.bank = bank;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    void loadIfEmpty() {
        if (bank.search(QuestionQuery.all(0, 1)).total() > 0) {
            return;
        }
        long author = accounts.findByEmployeeNo("author").orElseThrow().id();
        var questions = DemoBank.load();
        transactions.executeWithoutResult(
                s -> questions.forEach(q -> bank.create(q, author, "演示题库", QuestionStatus.ACTIVE)));
        log.info("Demo question bank loaded: {} active questions", questions.size());
    }
}
