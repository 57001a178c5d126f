/* Basket-size distribution per channel: exact percentiles (interpolated and discrete) and median */
CREATE MULTISET TABLE pdn_db.baskets ,NO FALLBACK
(
    basket_id   INTEGER NOT NULL,
    channel     VARCHAR(5),
    basket_amt  DECIMAL(9,2)
)
PRIMARY INDEX ( basket_id );

INSERT INTO pdn_db.baskets VALUES (1, 'WEB', 10.00);
INSERT INTO pdn_db.baskets VALUES (2, 'WEB', 20.00);
INSERT INTO pdn_db.baskets VALUES (3, 'WEB', 30.00);
INSERT INTO pdn_db.baskets VALUES (4, 'WEB', 40.00);
INSERT INTO pdn_db.baskets VALUES (5, 'WEB', NULL);
INSERT INTO pdn_db.baskets VALUES (6, 'STORE', 5.00);
INSERT INTO pdn_db.baskets VALUES (7, 'STORE', 7.00);
INSERT INTO pdn_db.baskets VALUES (8, 'STORE', 100.00);
INSERT INTO pdn_db.baskets VALUES (9, 'APP', 12.50);

CREATE MULTISET TABLE pdn_db.result_basket_pct
(
    channel     VARCHAR(5),
    p50_cont    DECIMAL(10,2),
    p25_cont    DECIMAL(10,2),
    p90_disc    DECIMAL(10,2),
    med_amt     DECIMAL(10,2)
)
PRIMARY INDEX ( channel );

INSERT INTO pdn_db.result_basket_pct
SELECT channel,
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY basket_amt),
       PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY basket_amt),
       PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY basket_amt),
       MEDIAN(basket_amt)
FROM pdn_db.baskets
GROUP BY channel;
