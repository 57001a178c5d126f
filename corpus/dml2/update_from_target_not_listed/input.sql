/* Teradata UPDATE ... FROM where the target is not repeated in FROM: the target is referenced
   by its table name in SET/WHERE, the FROM lists only a derived table with aggregation; a second
   UPDATE with a target alias (UPDATE t AS x FROM s) and a filter on both sides */
CREATE MULTISET TABLE dml2_db.region_tot
(
    region   VARCHAR(5) CHARACTER SET LATIN NOT NULL,
    total    INTEGER,
    n_big    INTEGER,
    updated  CHAR(1) CHARACTER SET LATIN
)
PRIMARY INDEX ( region );

CREATE MULTISET TABLE dml2_db.sales_rows
(
    id       INTEGER NOT NULL,
    region   VARCHAR(5) CHARACTER SET LATIN,
    amt      INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO dml2_db.region_tot VALUES ('N', 0, 0, 'n');
INSERT INTO dml2_db.region_tot VALUES ('S', 0, 0, 'n');
INSERT INTO dml2_db.region_tot VALUES ('E', 99, 9, 'n');
INSERT INTO dml2_db.sales_rows VALUES (1, 'N', 10);
INSERT INTO dml2_db.sales_rows VALUES (2, 'N', 200);
INSERT INTO dml2_db.sales_rows VALUES (3, 'S', 150);
INSERT INTO dml2_db.sales_rows VALUES (4, 'S', NULL);
INSERT INTO dml2_db.sales_rows VALUES (5, 'W', 5);

UPDATE dml2_db.region_tot
FROM (SELECT region, SUM(amt) AS s, SUM(CASE WHEN amt > 100 THEN 1 ELSE 0 END) AS nb
      FROM dml2_db.sales_rows GROUP BY region) AS agg
SET total = agg.s, n_big = agg.nb, updated = 'y'
WHERE dml2_db.region_tot.region = agg.region;

UPDATE r
FROM dml2_db.region_tot AS r, dml2_db.sales_rows AS x
SET total = r.total + x.id
WHERE r.region = x.region
  AND x.amt IS NULL
  AND r.updated = 'y';

CREATE MULTISET TABLE dml2_db.result_upd_from2
(
    region   VARCHAR(5),
    total    INTEGER,
    n_big    INTEGER,
    updated  CHAR(1)
)
PRIMARY INDEX ( region );

INSERT INTO dml2_db.result_upd_from2 SELECT region, total, n_big, updated FROM dml2_db.region_tot;
