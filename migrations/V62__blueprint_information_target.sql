-- A blueprint version's test information target (issue 16, "Psychometric targets"): at each ability point theta the
-- paper's test information from calibrated questions (sum of a^2 P (1 - P) with the parameters the named calibration
-- kept, so theta is on that calibration's scale) should be as large as possible at its weakest point (maximin) and
-- at least minimum_information (0: no minimum, only maximise). At most one row per version; written with the version
-- and never changed, like the version itself. The calibration is referenced so it cannot vanish under a blueprint.
CREATE TABLE blueprint_information_target (
  blueprint_version_id  BIGINT        NOT NULL,
  calibration_id        BIGINT        NOT NULL COMMENT 'the calibration whose item parameters count',
  abilities             VARCHAR(200)  NOT NULL COMMENT 'ability points theta, comma-separated, e.g. -1,0,1',
  minimum_information   DOUBLE        NOT NULL COMMENT 'required at every point; 0: maximise the smallest only',
  CONSTRAINT pk_blueprint_information_target PRIMARY KEY (blueprint_version_id),
  CONSTRAINT fk_blueprint_information_target_version FOREIGN KEY (blueprint_version_id) REFERENCES blueprint_version (id),
  CONSTRAINT fk_blueprint_information_target_calibration FOREIGN KEY (calibration_id) REFERENCES irt_calibration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
