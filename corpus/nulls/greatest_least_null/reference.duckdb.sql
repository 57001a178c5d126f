CREATE TABLE prices (id INTEGER, p1 DECIMAL(8,2), p2 DECIMAL(8,2), p3 DECIMAL(8,2));
INSERT INTO prices VALUES (1, 10.00, 20.00, 15.00), (2, 10.00, NULL, 15.00), (3, NULL, NULL, NULL), (4, -1.50, 0.00, -3.25);
SELECT id,
       CASE WHEN p1 IS NULL OR p2 IS NULL OR p3 IS NULL THEN NULL ELSE greatest(p1, p2, p3) END AS hi,
       CASE WHEN p1 IS NULL OR p2 IS NULL OR p3 IS NULL THEN NULL ELSE least(p1, p2, p3) END AS lo,
       greatest(coalesce(p1, 0), coalesce(p2, 0), coalesce(p3, 0)) AS hi_safe
FROM prices
