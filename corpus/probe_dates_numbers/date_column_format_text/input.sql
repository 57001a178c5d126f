/* Partner feed whose DATE columns carry their own FORMAT: string literals are read, compared and
   rendered in that format (not ISO) */
CREATE MULTISET TABLE pdn_db.partner_orders ,NO FALLBACK
(
    order_id    INTEGER NOT NULL,
    order_dt    DATE FORMAT 'YYYYMMDD',
    due_dt      DATE FORMAT 'DD/MM/YYYY'
)
PRIMARY INDEX ( order_id );

INSERT INTO pdn_db.partner_orders VALUES (1, '20240229', '15/03/2024');
INSERT INTO pdn_db.partner_orders VALUES (2, '20240131', '01/02/2024');
INSERT INTO pdn_db.partner_orders VALUES (3, '20231231', '31/12/2023');
INSERT INTO pdn_db.partner_orders VALUES (4, NULL, NULL);

CREATE MULTISET TABLE pdn_db.result_partner_keys
(
    order_id    INTEGER,
    order_txt   CHAR(8),
    due_txt     VARCHAR(10),
    order_key   VARCHAR(20),
    days_to_due INTEGER
)
PRIMARY INDEX ( order_id );

INSERT INTO pdn_db.result_partner_keys
SELECT order_id,
       CAST(order_dt AS CHAR(8)),
       CAST(due_dt AS VARCHAR(10)),
       'PO-' || CAST(order_dt AS VARCHAR(8)),
       due_dt - order_dt
FROM pdn_db.partner_orders
WHERE order_dt >= '20240101' OR order_dt IS NULL;
