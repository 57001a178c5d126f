CREATE TABLE scores (id INTEGER, team VARCHAR, pts INTEGER, amt DECIMAL(8,2));
INSERT INTO scores VALUES (1, 'A', 1, 1.00), (2, 'A', 2, 2.00), (3, 'A', 2, 2.00), (4, 'B', 1, 0.10), (5, 'B', 2, 0.20), (6, 'C', -3, NULL), (7, 'C', -4, NULL);
SELECT team,
       CAST(AVG(CAST(pts AS DOUBLE)) AS DECIMAL(10,2)) AS avg_pts,
       AVG(CAST(pts AS DOUBLE)) AS avg_ptsf,
       CAST(AVG(CAST(amt AS DOUBLE)) AS DECIMAL(10,2)) AS avg_amt,
       CAST(SUM(amt) AS DECIMAL(12,2)) AS sum_amt,
       CAST(SUM(pts) AS INTEGER) AS sum_pts
FROM scores GROUP BY team
