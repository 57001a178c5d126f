/* Staging clean-up with DML that reads the table it changes: delete superseded loads,
   bump below-average scores, stamp segment sizes */
CREATE MULTISET TABLE cs_db.cust_stage
(
    cust_id   INTEGER,
    load_ts   TIMESTAMP(0),
    segment   VARCHAR(5),
    score     DECIMAL(5,1),
    seg_cnt   INTEGER
)
PRIMARY INDEX ( cust_id );

INSERT INTO cs_db.cust_stage VALUES (1, TIMESTAMP '2024-01-01 08:00:00', 'A', 10.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (1, TIMESTAMP '2024-01-02 08:00:00', 'A', 20.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (1, NULL, 'B', 5.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (2, TIMESTAMP '2024-01-05 00:00:00', 'B', 30.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (2, TIMESTAMP '2024-01-05 00:00:00', 'B', 31.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (3, TIMESTAMP '2024-01-03 00:00:00', NULL, 12.0, NULL);
INSERT INTO cs_db.cust_stage VALUES (4, TIMESTAMP '2024-01-04 00:00:00', 'A', NULL, NULL);
INSERT INTO cs_db.cust_stage VALUES (5, TIMESTAMP '2024-01-06 00:00:00', 'a', 8.0, NULL);

/* a load superseded by a later load of the same customer goes; undated loads and ties stay */
DELETE FROM cs_db.cust_stage
WHERE EXISTS (SELECT 1
              FROM cs_db.cust_stage s2
              WHERE s2.cust_id = cs_db.cust_stage.cust_id
                AND s2.load_ts > cs_db.cust_stage.load_ts);

/* below the segment average (computed before the update) gets +1 */
UPDATE cs_db.cust_stage
SET score = score + 1
WHERE score < (SELECT AVG(c2.score)
               FROM cs_db.cust_stage c2
               WHERE c2.segment = cs_db.cust_stage.segment);

UPDATE cs_db.cust_stage
SET seg_cnt = (SELECT COUNT(*)
               FROM cs_db.cust_stage c2
               WHERE c2.segment = cs_db.cust_stage.segment);
