-- The reliability of a session's standard score as score reports print it (issue 18): Cronbach's α of the standard
-- score and its standard error of measurement, taken once, when the session's first score report is printed, and
-- kept, so that a report printed again is the same file. NULL where undefined (fewer than three scored candidates,
-- no spread, a single item).
CREATE TABLE session_reliability (
  session_id      BIGINT       NOT NULL,
  candidates      INT          NOT NULL COMMENT 'scored attempts the statistics were computed over',
  alpha           DOUBLE       NULL COMMENT 'Cronbach α of the standard score, 0-1',
  standard_error  DOUBLE       NULL COMMENT 'standard error of measurement on the standard-score scale',
  computed_at     DATETIME(3)  NOT NULL,
  CONSTRAINT pk_session_reliability PRIMARY KEY (session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
