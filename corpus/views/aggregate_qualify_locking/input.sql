/* Views with LOCKING ROW FOR ACCESS, with GROUP BY/HAVING, and with QUALIFY (latest row per key,
   NULL timestamps sort first ascending / last descending); queries filter on the views'
   aggregate and window columns */
CREATE MULTISET TABLE vw_db.readings
(
    dev     VARCHAR(4) CHARACTER SET LATIN,
    ts      TIMESTAMP(0),
    val     INTEGER
)
PRIMARY INDEX ( dev );

INSERT INTO vw_db.readings VALUES ('d1', TIMESTAMP '2024-01-01 10:00:00', 5);
INSERT INTO vw_db.readings VALUES ('d1', TIMESTAMP '2024-01-01 11:00:00', 7);
INSERT INTO vw_db.readings VALUES ('d1', NULL, 99);
INSERT INTO vw_db.readings VALUES ('d2', TIMESTAMP '2024-01-01 09:00:00', 1);
INSERT INTO vw_db.readings VALUES ('D2', TIMESTAMP '2024-01-02 09:00:00', 2);
INSERT INTO vw_db.readings VALUES ('d3', NULL, 4);

REPLACE VIEW vw_db.v_dev_stats AS
LOCKING ROW FOR ACCESS
SELECT dev, COUNT(*) AS n, SUM(val) AS total, MAX(ts) AS last_ts
FROM vw_db.readings
GROUP BY dev
HAVING COUNT(ts) > 0;

REPLACE VIEW vw_db.v_dev_latest AS
LOCKING ROW FOR ACCESS
SELECT dev, ts, val,
       ROW_NUMBER() OVER (PARTITION BY dev ORDER BY ts DESC) AS rn
FROM vw_db.readings
QUALIFY ROW_NUMBER() OVER (PARTITION BY dev ORDER BY ts DESC) <= 2;

CREATE MULTISET TABLE vw_db.result_view_agg
(
    kind   VARCHAR(6),
    dev    VARCHAR(4),
    n      INTEGER,
    total  INTEGER,
    ts     TIMESTAMP(0)
)
PRIMARY INDEX ( dev );

INSERT INTO vw_db.result_view_agg
SELECT 'stats', UPPER(dev), n, total, last_ts FROM vw_db.v_dev_stats WHERE total > 2;

INSERT INTO vw_db.result_view_agg
SELECT 'latest', dev, rn, val, ts FROM vw_db.v_dev_latest WHERE rn = 2 OR dev = 'd3';
