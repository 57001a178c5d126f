CREATE TABLE sku_sale (sale_id INTEGER, sku VARCHAR, qty INTEGER);
INSERT INTO sku_sale VALUES (1, 'AB-1', 5), (2, 'ab-1', 3), (3, 'AB-1', 2), (4, 'Ab-1', 1), (5, 'CD-2', 4), (6, 'cd-2', NULL);
-- sku is CASESPECIFIC: every comparison, LIKE and GROUP BY through the CTE and the derived table is
-- case-sensitive ('ab-1' does not match LIKE 'A%'; 'cd-2' <> 'CD-2').
SELECT sku, CAST(COUNT(*) AS INTEGER) AS sale_cnt, CAST(SUM(qty) AS INTEGER) AS total_qty
FROM sku_sale
WHERE sale_id > 0 AND sku <> 'cd-2' AND (sku LIKE 'A%' OR sku = 'CD-2')
GROUP BY sku
