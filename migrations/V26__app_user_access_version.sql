-- A user's sessions carry the access version they were granted under. Changing the user's roles or 工号,
-- disabling them, or changing or resetting their password increments it, so every session granted before the
-- change is refused on its next request, on whichever node serves it.

ALTER TABLE app_user ADD COLUMN access_version INT NOT NULL DEFAULT 0;
