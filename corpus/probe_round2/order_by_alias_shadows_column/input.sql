/* Report extracts whose select aliases reuse the physical column names: ORDER BY <name>
   (also for TOP ... WITH TIES) sorts on the table column, not on the aliased expression */
CREATE MULTISET TABLE rp_db.cust_bal
(
    cust_id  INTEGER NOT NULL,
    region   VARCHAR(5),
    bal_amt  DECIMAL(10,2)
)
PRIMARY INDEX ( cust_id );

INSERT INTO rp_db.cust_bal VALUES (1, 'N',  100.00);
INSERT INTO rp_db.cust_bal VALUES (2, NULL, 300.00);
INSERT INTO rp_db.cust_bal VALUES (3, 'S',  200.00);
INSERT INTO rp_db.cust_bal VALUES (4, NULL,  50.00);
INSERT INTO rp_db.cust_bal VALUES (5, 'E',  400.00);
INSERT INTO rp_db.cust_bal VALUES (6, 'W',    NULL);
INSERT INTO rp_db.cust_bal VALUES (7, 'W',  -20.00);

CREATE MULTISET TABLE rp_db.result_extract
(
    list_cd  VARCHAR(8),
    cust_id  INTEGER,
    region   VARCHAR(5),
    bal_amt  DECIMAL(10,2)
)
PRIMARY INDEX ( cust_id );

/* region (the column) sorts NULL first, whatever the alias shows */
INSERT INTO rp_db.result_extract
SELECT TOP 2 'FIRST2', cust_id, COALESCE(region, 'ZZ') AS region, bal_amt
FROM rp_db.cust_bal
ORDER BY region, cust_id;

/* the alias bal_amt is the negated balance; ORDER BY bal_amt DESC still means the stored balance */
INSERT INTO rp_db.result_extract
SELECT TOP 1 WITH TIES 'BIGGEST', cust_id, region, -bal_amt AS bal_amt
FROM rp_db.cust_bal
ORDER BY bal_amt DESC;

/* lowest balance: the column's NULL sorts first even though the alias shows it as 0 */
INSERT INTO rp_db.result_extract
SELECT TOP 1 'LOWEST', cust_id, region, ZEROIFNULL(bal_amt) AS bal_amt
FROM rp_db.cust_bal
ORDER BY bal_amt;
