CREATE SCHEMA cs_db;
CREATE TABLE cs_db.cust_stage (cust_id INTEGER, load_ts TIMESTAMP, segment VARCHAR, score DECIMAL(5,1), seg_cnt INTEGER);
INSERT INTO cs_db.cust_stage VALUES (1, TIMESTAMP '2024-01-01 08:00:00', 'A', 10.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (1, TIMESTAMP '2024-01-02 08:00:00', 'A', 20.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (1, NULL, 'B', 5.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (2, TIMESTAMP '2024-01-05 00:00:00', 'B', 30.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (2, TIMESTAMP '2024-01-05 00:00:00', 'B', 31.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (3, TIMESTAMP '2024-01-03 00:00:00', NULL, 12.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (4, TIMESTAMP '2024-01-04 00:00:00', 'A', NULL, NULL);
INSERT INTO cs_db.cust_stage VALUES (5, TIMESTAMP '2024-01-06 00:00:00', 'a', 8.0, NULL);
DELETE FROM cs_db.cust_stage t WHERE EXISTS (SELECT 1 FROM cs_db.cust_stage s2 WHERE s2.cust_id = t.cust_id AND s2.load_ts > t.load_ts);
-- segment compared case-blind (NOT CASESPECIFIC)
UPDATE cs_db.cust_stage t SET score = score + 1
WHERE score < (SELECT AVG(c2.score) FROM cs_db.cust_stage c2 WHERE UPPER(c2.segment) = UPPER(t.segment));
UPDATE cs_db.cust_stage t SET seg_cnt = (SELECT COUNT(*) FROM cs_db.cust_stage c2 WHERE UPPER(c2.segment) = UPPER(t.segment));
SELECT * FROM cs_db.cust_stage ORDER BY cust_id, load_ts NULLS FIRST, score;
