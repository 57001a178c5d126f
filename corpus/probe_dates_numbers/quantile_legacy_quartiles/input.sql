/* Sales-rep quartiles per region with the legacy QUANTILE function (GROUP BY is the partition) */
CREATE MULTISET TABLE pdn_db.rep_sales ,NO FALLBACK
(
    rep_id    INTEGER NOT NULL,
    region    CHAR(2),
    revenue   DECIMAL(10,2)
)
PRIMARY INDEX ( rep_id );

INSERT INTO pdn_db.rep_sales VALUES (1, 'NE', 500.00);
INSERT INTO pdn_db.rep_sales VALUES (2, 'NE', 100.00);
INSERT INTO pdn_db.rep_sales VALUES (3, 'NE', 300.00);
INSERT INTO pdn_db.rep_sales VALUES (4, 'NE', 300.00);
INSERT INTO pdn_db.rep_sales VALUES (5, 'NE', 900.00);
INSERT INTO pdn_db.rep_sales VALUES (6, 'SW', 50.00);
INSERT INTO pdn_db.rep_sales VALUES (7, 'SW', 75.00);
INSERT INTO pdn_db.rep_sales VALUES (8, 'SW', NULL);

CREATE MULTISET TABLE pdn_db.result_quartiles
(
    rep_id      INTEGER,
    quartile    INTEGER,
    pctile      INTEGER
)
PRIMARY INDEX ( rep_id );

INSERT INTO pdn_db.result_quartiles
SELECT rep_id,
       QUANTILE(4, revenue),
       QUANTILE(100, revenue)
FROM pdn_db.rep_sales
GROUP BY region;
