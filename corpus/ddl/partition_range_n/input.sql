/* PARTITION BY RANGE_N with NO RANGE OR UNKNOWN: partitioning is physical only; rows outside the
   ranges and NULL partitioning values land in the catch-all partition and are queried normally.
   CASE_N partitioning on a second table; DELETE by range. */
CREATE MULTISET TABLE ddl_db.events
(
    ev_id    INTEGER NOT NULL,
    ev_dt    DATE FORMAT 'YYYY-MM-DD',
    amt      DECIMAL(8,2)
)
PRIMARY INDEX ( ev_id )
PARTITION BY RANGE_N ( ev_dt BETWEEN DATE '2024-01-01' AND DATE '2024-12-31' EACH INTERVAL '1' MONTH,
                       NO RANGE OR UNKNOWN );

CREATE MULTISET TABLE ddl_db.sizes
(
    id    INTEGER NOT NULL,
    qty   INTEGER
)
PRIMARY INDEX ( id )
PARTITION BY CASE_N ( qty < 10, qty < 100, NO CASE OR UNKNOWN );

INSERT INTO ddl_db.events VALUES (1, DATE '2024-01-15', 10.00);
INSERT INTO ddl_db.events VALUES (2, DATE '2024-01-31', 5.00);
INSERT INTO ddl_db.events VALUES (3, DATE '2024-02-29', 7.50);
INSERT INTO ddl_db.events VALUES (4, DATE '2023-12-31', 1.00);
INSERT INTO ddl_db.events VALUES (5, NULL, 2.00);
INSERT INTO ddl_db.events VALUES (6, DATE '2025-01-01', 3.00);
INSERT INTO ddl_db.sizes VALUES (1, 5);
INSERT INTO ddl_db.sizes VALUES (2, 50);
INSERT INTO ddl_db.sizes VALUES (3, 500);
INSERT INTO ddl_db.sizes VALUES (4, NULL);

DELETE FROM ddl_db.events WHERE ev_dt BETWEEN DATE '2024-02-01' AND DATE '2024-02-29';
DELETE FROM ddl_db.sizes WHERE qty < 10;

CREATE MULTISET TABLE ddl_db.result_ppi
(
    src   VARCHAR(6),
    mon   INTEGER,
    n     INTEGER,
    total DECIMAL(10,2)
)
PRIMARY INDEX ( src );

INSERT INTO ddl_db.result_ppi
SELECT 'events', EXTRACT(MONTH FROM ev_dt), COUNT(*), SUM(amt)
FROM ddl_db.events
GROUP BY 2;

INSERT INTO ddl_db.result_ppi
SELECT 'sizes', NULL, COUNT(*), SUM(qty) FROM ddl_db.sizes;
