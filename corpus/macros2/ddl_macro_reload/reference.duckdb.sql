CREATE TABLE summary (region VARCHAR, total INTEGER, n INTEGER);
INSERT INTO summary VALUES ('N', 60, 1), ('S', NULL, 0);
SELECT region, total, n FROM summary
