/* Campaign targeting: TOP n inside derived tables, where the
   ORDER BY decides which rows (NULLs, ties) are inside the cut */
CREATE MULTISET TABLE mk_db.cust_spend
(
    cust_id    INTEGER NOT NULL,
    region_cd  VARCHAR(5),
    spend_amt  DECIMAL(10,2)
)
PRIMARY INDEX ( cust_id );

CREATE MULTISET TABLE mk_db.region_score
(
    region_cd  VARCHAR(5) NOT NULL,
    churn_pct  DECIMAL(5,2)
)
PRIMARY INDEX ( region_cd );

INSERT INTO mk_db.cust_spend VALUES (1, 'N1', 500.00);
INSERT INTO mk_db.cust_spend VALUES (2, 'N1', NULL);
INSERT INTO mk_db.cust_spend VALUES (3, 'S1', 800.00);
INSERT INTO mk_db.cust_spend VALUES (4, 'S1', 500.00);
INSERT INTO mk_db.cust_spend VALUES (5, 'E1', 120.00);
INSERT INTO mk_db.cust_spend VALUES (6, 'W1', 90.00);

INSERT INTO mk_db.region_score VALUES ('N1', 4.50);
INSERT INTO mk_db.region_score VALUES ('S1', 2.10);
INSERT INTO mk_db.region_score VALUES ('E1', NULL);
INSERT INTO mk_db.region_score VALUES ('W1', 7.25);

CREATE MULTISET TABLE mk_db.result_targets
(
    list_cd    VARCHAR(10),
    cust_id    INTEGER,
    spend_amt  DECIMAL(10,2),
    churn_pct  DECIMAL(5,2)
)
PRIMARY INDEX ( cust_id );

/* two biggest spenders (ties at the cut kept), enriched with their region's churn */
INSERT INTO mk_db.result_targets
SELECT 'TOPSPEND', d.cust_id, d.spend_amt, r.churn_pct
FROM (SELECT TOP 2 WITH TIES cust_id, region_cd, spend_amt
      FROM mk_db.cust_spend
      ORDER BY spend_amt DESC) AS d
LEFT JOIN mk_db.region_score r
  ON r.region_cd = d.region_cd;

/* customers of the region listed first by churn ascending (an unscored region sorts first) */
INSERT INTO mk_db.result_targets
SELECT 'LOWCHURN', c.cust_id, c.spend_amt, NULL
FROM mk_db.cust_spend c
JOIN (SELECT TOP 1 region_cd FROM mk_db.region_score ORDER BY churn_pct) AS lc
  ON c.region_cd = lc.region_cd;

/* the lowest spender overall: TOP 1 ascending puts the NULL spend first */
INSERT INTO mk_db.result_targets
SELECT 'LOWSPEND', d.cust_id, d.spend_amt, NULL
FROM (SELECT TOP 1 cust_id, spend_amt FROM mk_db.cust_spend ORDER BY spend_amt, cust_id) AS d;
