/* Case-sensitive SKUs ('ab-1' and 'AB-1' are different products) read through a CTE and a derived
   table: the CASESPECIFIC attribute travels with the column, so filters and groups stay exact */
CREATE MULTISET TABLE cs_db.sku_sale
(
    sale_id   INTEGER NOT NULL,
    sku       VARCHAR(12) CASESPECIFIC,
    qty       INTEGER
)
PRIMARY INDEX ( sale_id );

INSERT INTO cs_db.sku_sale VALUES (1, 'AB-1', 5);
INSERT INTO cs_db.sku_sale VALUES (2, 'ab-1', 3);
INSERT INTO cs_db.sku_sale VALUES (3, 'AB-1', 2);
INSERT INTO cs_db.sku_sale VALUES (4, 'Ab-1', 1);
INSERT INTO cs_db.sku_sale VALUES (5, 'CD-2', 4);
INSERT INTO cs_db.sku_sale VALUES (6, 'cd-2', NULL);

CREATE MULTISET TABLE cs_db.result_sku_qty
(
    sku        VARCHAR(12),
    sale_cnt   INTEGER,
    total_qty  INTEGER
)
PRIMARY INDEX ( sku );

INSERT INTO cs_db.result_sku_qty
WITH recent AS (
    SELECT sku, qty FROM cs_db.sku_sale WHERE sale_id > 0
)
SELECT d.sku, COUNT(*), SUM(d.qty)
FROM (SELECT sku, qty FROM recent WHERE sku <> 'cd-2') d
WHERE d.sku LIKE 'A%' OR d.sku = 'CD-2'
GROUP BY d.sku;
