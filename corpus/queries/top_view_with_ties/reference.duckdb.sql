CREATE TABLE runners (runner VARCHAR, secs INTEGER);
INSERT INTO runners VALUES ('R1', 300), ('R2', 280), ('R3', NULL), ('R4', 310), ('R5', 310), ('R6', 250);
SELECT * FROM (SELECT 'fastest' AS kind, runner, secs FROM runners ORDER BY secs ASC NULLS FIRST LIMIT 3)
UNION ALL
SELECT 'slowest', runner, secs FROM runners QUALIFY rank() OVER (ORDER BY secs DESC NULLS LAST) <= 1
