CREATE TABLE dim_supplier (supp_id INTEGER, supp_name VARCHAR, phone VARCHAR, status VARCHAR, upd_cnt INTEGER);
CREATE TABLE stg_supplier (supp_id INTEGER, supp_name VARCHAR, phone VARCHAR, src_seq INTEGER);
INSERT INTO dim_supplier VALUES (1, 'Acme', '555-0100', 'A', 0), (2, 'Globex', '555-0200', 'A', 0), (3, 'Initech', NULL, 'A', 0);
INSERT INTO stg_supplier VALUES (1, ' ACME corp ', '(555) 0101', 1), (1, '  Acme Corp', '555.0102', 2), (2, 'Globex', NULL, 1), (4, 'Umbrella ', '555 0400', 1), (5, NULL, '5550500', 1);
CREATE TABLE v_supp AS SELECT supp_id, trim(supp_name) AS supp_name, replace(replace(replace(replace(phone, '(', ''), ')', ''), '.', '-'), ' ', '-') AS phone FROM stg_supplier QUALIFY row_number() OVER (PARTITION BY supp_id ORDER BY src_seq DESC) = 1;
UPDATE dim_supplier SET supp_name = COALESCE(s.supp_name, dim_supplier.supp_name), phone = COALESCE(s.phone, dim_supplier.phone), upd_cnt = dim_supplier.upd_cnt + 1 FROM v_supp s WHERE dim_supplier.supp_id = s.supp_id;
INSERT INTO dim_supplier SELECT s.supp_id, COALESCE(s.supp_name, 'UNKNOWN'), s.phone, 'N', 0 FROM v_supp s WHERE s.supp_id NOT IN (SELECT supp_id FROM dim_supplier);
UPDATE dim_supplier SET status = 'I' WHERE NOT EXISTS (SELECT 1 FROM stg_supplier s WHERE s.supp_id = dim_supplier.supp_id);
SELECT supp_id, supp_name, phone, status, upd_cnt FROM dim_supplier ORDER BY supp_id
