/* Select-list aliases reused in WHERE, GROUP BY, HAVING and later select items */
CREATE MULTISET TABLE qry_db.sales
(
    sale_id  INTEGER NOT NULL,
    code     VARCHAR(10) CHARACTER SET LATIN,
    amt      DECIMAL(8,2)
)
PRIMARY INDEX ( sale_id );

INSERT INTO qry_db.sales VALUES (1, 'AB-1', 5.00);
INSERT INTO qry_db.sales VALUES (2, 'AB-2', 7.50);
INSERT INTO qry_db.sales VALUES (3, 'CD-1', 4.00);
INSERT INTO qry_db.sales VALUES (4, 'ZZ-9', 100.00);
INSERT INTO qry_db.sales VALUES (5, 'EF-1', 30.00);
INSERT INTO qry_db.sales VALUES (6, 'CD-2', 3.00);

CREATE MULTISET TABLE qry_db.result_prefix
(
    pfx      VARCHAR(2),
    tot      DECIMAL(10,2),
    n        INTEGER,
    tot_x2   DECIMAL(12,2)
)
PRIMARY INDEX ( pfx );

INSERT INTO qry_db.result_prefix
SELECT SUBSTR(code, 1, 2) AS pfx,
       SUM(amt) AS tot,
       COUNT(*) AS n,
       tot * 2 AS tot_x2
FROM qry_db.sales
WHERE pfx <> 'ZZ'
GROUP BY pfx
HAVING tot > 10;
