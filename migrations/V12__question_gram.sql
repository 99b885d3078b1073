-- An index of our own for the question text search (issue 3; figures in docs/benchmarks.md): every distinct
-- character bigram of a question's normalised stem text (StemGrams: NFKC, lower case, letters and digits only,
-- accents dropped). It is rewritten whenever stem_text is. A search for text of two or more normalised characters
-- takes the questions that have all of the text's bigrams and checks only those with the exact LIKE. The grams
-- are compared byte for byte: the folding is done by StemGrams, not by the collation.
CREATE TABLE question_gram (
  gram        VARCHAR(2) NOT NULL,
  question_id BIGINT     NOT NULL,
  CONSTRAINT pk_question_gram PRIMARY KEY (gram, question_id),
  CONSTRAINT fk_question_gram_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_question_gram_question ON question_gram (question_id);
