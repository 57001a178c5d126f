CREATE TABLE region_tot (region VARCHAR NOT NULL, total INTEGER, n_big INTEGER, updated VARCHAR);
CREATE TABLE sales_rows (id INTEGER NOT NULL, region VARCHAR, amt INTEGER);
INSERT INTO region_tot VALUES ('N', 0, 0, 'n'), ('S', 0, 0, 'n'), ('E', 99, 9, 'n');
INSERT INTO sales_rows VALUES (1, 'N', 10), (2, 'N', 200), (3, 'S', 150), (4, 'S', NULL), (5, 'W', 5);
UPDATE region_tot SET total = agg.s, n_big = agg.nb, updated = 'y'
FROM (SELECT region, SUM(amt) AS s, SUM(CASE WHEN amt > 100 THEN 1 ELSE 0 END) AS nb FROM sales_rows GROUP BY region) AS agg
WHERE region_tot.region = agg.region;
UPDATE region_tot SET total = region_tot.total + x.id FROM sales_rows AS x
WHERE region_tot.region = x.region AND x.amt IS NULL AND region_tot.updated = 'y';
SELECT region, total, n_big, updated FROM region_tot
