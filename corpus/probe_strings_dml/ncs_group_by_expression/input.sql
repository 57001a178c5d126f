/* Counting by a code prefix: GROUP BY SUBSTR(code) and DISTINCT SUBSTR(code) on a NOT CASESPECIFIC
   (Teradata-mode default) column put 'ab', 'AB' and 'Ab' in one group */
CREATE MULTISET TABLE sd_db.shipment
(
    ship_id   INTEGER NOT NULL,
    route_cd  VARCHAR(12),
    carrier   VARCHAR(20),
    weight_kg INTEGER
)
PRIMARY INDEX ( ship_id );

INSERT INTO sd_db.shipment VALUES (1, 'AB-100', 'dhl',    5);
INSERT INTO sd_db.shipment VALUES (2, 'ab-200', 'DHL',    7);
INSERT INTO sd_db.shipment VALUES (3, 'Ab-300', 'Dhl ',   1);
INSERT INTO sd_db.shipment VALUES (4, 'CD-100', 'ups',    3);
INSERT INTO sd_db.shipment VALUES (5, 'cd-900', 'UPS',    NULL);
INSERT INTO sd_db.shipment VALUES (6, NULL,     'fedex',  2);
INSERT INTO sd_db.shipment VALUES (7, 'EF-1',   NULL,     4);

CREATE MULTISET TABLE sd_db.result_route_stats
(
    kind       VARCHAR(10),
    grp        VARCHAR(12),
    ship_cnt   INTEGER,
    total_kg   INTEGER
)
PRIMARY INDEX ( kind );

INSERT INTO sd_db.result_route_stats
SELECT 'ROUTE', UPPER(pfx), cnt, kg
FROM (
    SELECT SUBSTR(route_cd, 1, 2) AS pfx, COUNT(*) AS cnt, SUM(weight_kg) AS kg
    FROM sd_db.shipment
    GROUP BY 1
) d;

INSERT INTO sd_db.result_route_stats
SELECT 'CARRIER', UPPER(c), NULL, NULL
FROM (
    SELECT DISTINCT TRIM(carrier) AS c
    FROM sd_db.shipment
) d;
