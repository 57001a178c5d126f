/* Leaderboard extracts: TOP n PERCENT (rounded up) and TOP n PERCENT WITH TIES */
CREATE MULTISET TABLE rk_db.rep_sales
(
    rep_id     INTEGER NOT NULL,
    region     VARCHAR(10),
    sales_amt  DECIMAL(10,2),
    deals      INTEGER
)
PRIMARY INDEX ( rep_id );

INSERT INTO rk_db.rep_sales VALUES (1, 'EAST', 900.00, 9);
INSERT INTO rk_db.rep_sales VALUES (2, 'EAST', 750.00, 5);
INSERT INTO rk_db.rep_sales VALUES (3, 'EAST', 750.00, 7);
INSERT INTO rk_db.rep_sales VALUES (4, 'WEST', 600.00, 4);
INSERT INTO rk_db.rep_sales VALUES (5, 'WEST', NULL, 2);
INSERT INTO rk_db.rep_sales VALUES (6, 'WEST', 500.00, 6);
INSERT INTO rk_db.rep_sales VALUES (7, 'NORTH', 450.00, 3);
INSERT INTO rk_db.rep_sales VALUES (8, 'NORTH', 450.00, 8);
INSERT INTO rk_db.rep_sales VALUES (9, 'NORTH', 300.00, 1);
INSERT INTO rk_db.rep_sales VALUES (10, 'SOUTH', 200.00, NULL);

CREATE MULTISET TABLE rk_db.result_leaders
(
    list_cd    VARCHAR(12),
    rep_id     INTEGER,
    sales_amt  DECIMAL(10,2)
)
PRIMARY INDEX ( rep_id );

/* 25 percent of 10 rows = 2.5 -> 3 rows */
INSERT INTO rk_db.result_leaders
SELECT TOP 25 PERCENT 'PCT25', rep_id, sales_amt
FROM rk_db.rep_sales
ORDER BY sales_amt DESC, rep_id;

/* 60 percent = 6 rows; the 6th (450.00) ties with a 7th */
INSERT INTO rk_db.result_leaders
SELECT TOP 60 PERCENT WITH TIES 'PCT60TIES', rep_id, sales_amt
FROM rk_db.rep_sales
ORDER BY sales_amt DESC;

/* 10 percent of the 4 rows with deals < 5 = 0.4 -> 1 row */
INSERT INTO rk_db.result_leaders
SELECT TOP 10 PERCENT 'PCT10LOW', rep_id, sales_amt
FROM rk_db.rep_sales
WHERE deals < 5
ORDER BY sales_amt ASC;
