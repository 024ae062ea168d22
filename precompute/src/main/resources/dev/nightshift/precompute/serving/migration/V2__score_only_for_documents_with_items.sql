-- A document without items (a user with people-you-may-know but no nearby candidates) has no
-- score: it counts as a row but stays out of the version's score distribution.
ALTER TABLE serving_document ALTER COLUMN score DROP NOT NULL;
