CREATE TABLE readings (dev VARCHAR, ts TIMESTAMP, val INTEGER);
INSERT INTO readings VALUES ('d1', TIMESTAMP '2024-01-01 10:00:00', 5), ('d1', TIMESTAMP '2024-01-01 11:00:00', 7), ('d1', NULL, 99), ('d2', TIMESTAMP '2024-01-01 09:00:00', 1), ('D2', TIMESTAMP '2024-01-02 09:00:00', 2), ('d3', NULL, 4);
CREATE TABLE res (kind VARCHAR, dev VARCHAR, n INTEGER, total INTEGER, ts TIMESTAMP);
INSERT INTO res SELECT 'stats', UPPER(dev) AS dev, COUNT(*), SUM(val), MAX(ts) FROM readings GROUP BY UPPER(dev) HAVING COUNT(ts) > 0 AND SUM(val) > 2;
INSERT INTO res SELECT 'latest', dev, rn, val, ts FROM (SELECT dev, ts, val, ROW_NUMBER() OVER (PARTITION BY UPPER(dev) ORDER BY ts DESC NULLS LAST) AS rn FROM readings) q WHERE rn <= 2 AND (rn = 2 OR dev = 'd3');
SELECT kind, dev, n, total, ts FROM res
