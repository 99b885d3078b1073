-- Item fit of a calibration (issue 18): Orlando and Thissen's S-X2 per item with its degrees of freedom and p-value,
-- over the persons who answered every calibrated item (NULL where it cannot be computed: too few score groups, or for
-- calibrations kept before this column existed); fit_persons counts those persons.
ALTER TABLE irt_item_parameter ADD COLUMN fit_sx2 DOUBLE NULL;
ALTER TABLE irt_item_parameter ADD COLUMN fit_df INT NULL;
ALTER TABLE irt_item_parameter ADD COLUMN fit_p DOUBLE NULL;
ALTER TABLE irt_calibration ADD COLUMN fit_persons INT NULL;
