-- How far the competency sweep has covered released results: the next sweep checks the results released or
-- re-computed at or after swept_until (less an overlap for transactions still open then). One row per sweep
-- ('exam-feed'); without a row the first sweep checks every released result.

CREATE TABLE competency_sweep (
  name        VARCHAR(32) NOT NULL,
  swept_until DATETIME(3) NOT NULL COMMENT 'UTC; when the last complete sweep started',
  updated_at  DATETIME(3) NOT NULL,
  CONSTRAINT pk_competency_sweep PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
