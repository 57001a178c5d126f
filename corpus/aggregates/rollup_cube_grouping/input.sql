/* ROLLUP, CUBE and GROUPING SETS with GROUPING() telling real NULL keys from subtotal rows */
CREATE MULTISET TABLE agg_db.sales ,NO FALLBACK
(
    id      INTEGER NOT NULL,
    region  VARCHAR(6),
    prod    VARCHAR(6),
    qty     INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO agg_db.sales VALUES (1, 'EAST', 'PEN', 10);
INSERT INTO agg_db.sales VALUES (2, 'EAST', 'INK', 5);
INSERT INTO agg_db.sales VALUES (3, 'WEST', 'PEN', 7);
INSERT INTO agg_db.sales VALUES (4, NULL,   'PEN', 1);
INSERT INTO agg_db.sales VALUES (5, 'WEST', NULL,  2);

CREATE MULTISET TABLE agg_db.result_grouping
(
    kind     VARCHAR(6),
    region   VARCHAR(6),
    prod     VARCHAR(6),
    g_region INTEGER,
    g_prod   INTEGER,
    total    INTEGER,
    n        INTEGER
)
PRIMARY INDEX ( kind );

INSERT INTO agg_db.result_grouping
SELECT 'ROLLUP', region, prod, GROUPING(region), GROUPING(prod), SUM(qty), COUNT(*)
FROM agg_db.sales
GROUP BY ROLLUP (region, prod);

INSERT INTO agg_db.result_grouping
SELECT 'CUBE', region, NULL, GROUPING(region), 1, SUM(qty), COUNT(*)
FROM agg_db.sales
GROUP BY CUBE (region);

INSERT INTO agg_db.result_grouping
SELECT 'SETS', region, prod, GROUPING(region), GROUPING(prod), SUM(qty), COUNT(*)
FROM agg_db.sales
GROUP BY GROUPING SETS ((region), (prod), ());
