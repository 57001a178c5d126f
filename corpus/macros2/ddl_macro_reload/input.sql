/* A macro whose only statement is DDL (CREATE TABLE) creates the table when executed; a second
   macro reloads it (DELETE ... ALL then INSERT ... SELECT with a parameter), executed twice so the
   second run replaces the first run's rows; a third macro is replaced with REPLACE MACRO */
CREATE MULTISET TABLE mac_db.sales
(
    sid    INTEGER NOT NULL,
    region VARCHAR(4) CHARACTER SET LATIN,
    amt    INTEGER
)
PRIMARY INDEX ( sid );

INSERT INTO mac_db.sales VALUES (1, 'N', 10);
INSERT INTO mac_db.sales VALUES (2, 'N', 20);
INSERT INTO mac_db.sales VALUES (3, 'S', 5);
INSERT INTO mac_db.sales VALUES (4, 'S', NULL);

CREATE MACRO mac_db.mk_summary AS (
    CREATE MULTISET TABLE mac_db.summary (region VARCHAR(4), total INTEGER, n INTEGER) PRIMARY INDEX (region);
);

CREATE MACRO mac_db.load_summary (p_min INTEGER) AS (
    DELETE FROM mac_db.summary ALL;
    INSERT INTO mac_db.summary
    SELECT region, SUM(amt), COUNT(amt) FROM mac_db.sales WHERE amt >= :p_min OR amt IS NULL GROUP BY region;
);

CREATE MACRO mac_db.bump (p_by INTEGER) AS (
    UPDATE mac_db.summary SET total = total + :p_by;
);

REPLACE MACRO mac_db.bump (p_by INTEGER) AS (
    UPDATE mac_db.summary SET total = total * :p_by WHERE n > 0;
);

EXEC mac_db.mk_summary;
EXEC mac_db.load_summary(0);
EXEC mac_db.load_summary(15);
EXEC mac_db.bump(3);

CREATE MULTISET TABLE mac_db.result_ddl_macro
(
    region VARCHAR(4),
    total  INTEGER,
    n      INTEGER
)
PRIMARY INDEX ( region );

INSERT INTO mac_db.result_ddl_macro SELECT region, total, n FROM mac_db.summary;
