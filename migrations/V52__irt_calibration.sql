-- Rasch / 2PL calibrations kept for equating (issue 18, "Beyond Moodle"): one row per calibration a certification
-- officer ran over the scored attempts of one or more sessions, with the fit, the ability distribution (N(0, 1) unless
-- anchored to an earlier calibration, then estimated on that calibration's scale) and the questions left out.
CREATE TABLE irt_calibration (
  id                     BIGINT         NOT NULL AUTO_INCREMENT,
  title                  VARCHAR(200)   NOT NULL,
  model                  VARCHAR(16)    NOT NULL COMMENT 'RASCH or TWO_PL',
  session_ids            VARCHAR(2000)  NOT NULL COMMENT 'the sessions calibrated, comma-separated',
  anchor_calibration_id  BIGINT         NULL COMMENT 'the calibration whose parameters the anchor items kept',
  persons                INT            NOT NULL,
  log_likelihood         DOUBLE         NOT NULL,
  parameters             INT            NOT NULL,
  aic                    DOUBLE         NOT NULL,
  bic                    DOUBLE         NOT NULL,
  cycles                 INT            NOT NULL,
  converged              BOOLEAN        NOT NULL,
  quadrature_points      INT            NOT NULL,
  ability_mean           DOUBLE         NOT NULL,
  ability_sd             DOUBLE         NOT NULL,
  ability_mean_se        DOUBLE         NULL,
  ability_sd_se          DOUBLE         NULL,
  excluded               VARCHAR(4000)  NOT NULL COMMENT 'questions left out, e.g. 1017:ALL_RIGHT,1020:ALL_WRONG',
  created_by             VARCHAR(64)    NOT NULL COMMENT 'the employee number of the officer who ran it',
  created_at             DATETIME(3)    NOT NULL,
  CONSTRAINT pk_irt_calibration PRIMARY KEY (id),
  CONSTRAINT fk_irt_calibration_anchor FOREIGN KEY (anchor_calibration_id) REFERENCES irt_calibration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The item parameters of a calibration in slope-intercept form P = 1 / (1 + exp(-(a*theta + d))), b = -d/a, with
-- standard errors (NULL for anchored items, held fixed, or when the information matrix was singular).
CREATE TABLE irt_item_parameter (
  calibration_id    BIGINT   NOT NULL,
  question_id       BIGINT   NOT NULL,
  position          INT      NOT NULL,
  a                 DOUBLE   NOT NULL,
  d                 DOUBLE   NOT NULL,
  b                 DOUBLE   NOT NULL,
  se_a              DOUBLE   NULL,
  se_d              DOUBLE   NULL,
  se_b              DOUBLE   NULL,
  anchored          BOOLEAN  NOT NULL,
  responses         INT      NOT NULL,
  proportion_right  DOUBLE   NOT NULL,
  CONSTRAINT pk_irt_item_parameter PRIMARY KEY (calibration_id, question_id),
  CONSTRAINT fk_irt_item_parameter_calibration FOREIGN KEY (calibration_id) REFERENCES irt_calibration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
