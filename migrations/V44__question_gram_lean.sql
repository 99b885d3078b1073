-- Issue 15 (import speed): the bigram index keeps only its primary key (gram, question_id). The index on
-- question_id and the foreign key that needed it doubled the cost of writing the ~66 grams of every imported
-- question (measured in docs/benchmarks-question-import.md). Nothing deletes questions (they are retired), and a
-- question's old grams are found from its old stem text, by primary key (QuestionRepository.replaceGrams). A stray
-- gram can only add a candidate that the exact LIKE of the search then drops; it never hides a match.
ALTER TABLE question_gram DROP FOREIGN KEY fk_question_gram_question;
DROP INDEX ix_question_gram_question ON question_gram;
