CREATE TABLE result_work (step INTEGER, cust_id INTEGER, short_nm VARCHAR, region_key VARCHAR, region_len INTEGER);
-- cust_work copies the query's column types: short_nm VARCHAR(8), region_cd CHAR(2). The INSERT
-- truncates names to 8 characters (Teradata mode) and CHAR(2) pads 'N' to 'N '. NULL region -> 'XX';
-- spend 15.25 (Dee) deleted.
INSERT INTO result_work VALUES
  (1, 1, 'Alexandr', 'N |', 2),
  (1, 2, 'Bo Li', 'SE|', 2),
  (1, 3, 'Christop', 'XX|', 2);
-- Recreated with another shape: TOP for spend >= 100, NEW for NULL spend.
INSERT INTO result_work VALUES (2, 1, 'TOP', NULL, NULL), (2, 3, 'NEW', NULL, NULL);
SELECT * FROM result_work
