/* AVG returns FLOAT (also for INTEGER and DECIMAL input) and keeps the fraction; SUM of DECIMAL
   stays exact; stored into DECIMAL and FLOAT columns */
CREATE MULTISET TABLE agg_db.scores ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    team   VARCHAR(4),
    pts    INTEGER,
    amt    DECIMAL(8,2)
)
PRIMARY INDEX ( id );

INSERT INTO agg_db.scores VALUES (1, 'A', 1, 1.00);
INSERT INTO agg_db.scores VALUES (2, 'A', 2, 2.00);
INSERT INTO agg_db.scores VALUES (3, 'A', 2, 2.00);
INSERT INTO agg_db.scores VALUES (4, 'B', 1, 0.10);
INSERT INTO agg_db.scores VALUES (5, 'B', 2, 0.20);
INSERT INTO agg_db.scores VALUES (6, 'C', -3, NULL);
INSERT INTO agg_db.scores VALUES (7, 'C', -4, NULL);

CREATE MULTISET TABLE agg_db.result_avg_sum
(
    team      VARCHAR(4),
    avg_pts   DECIMAL(10,2),
    avg_ptsf  FLOAT,
    avg_amt   DECIMAL(10,2),
    sum_amt   DECIMAL(12,2),
    sum_pts   INTEGER
)
PRIMARY INDEX ( team );

INSERT INTO agg_db.result_avg_sum
SELECT team, AVG(pts), AVG(pts), AVG(amt), SUM(amt), SUM(pts)
FROM agg_db.scores
GROUP BY team;
