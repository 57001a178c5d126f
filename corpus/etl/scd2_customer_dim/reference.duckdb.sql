CREATE TABLE stg_customer (cust_id INTEGER, cust_name VARCHAR, city VARCHAR, seg_code VARCHAR, extract_ts TIMESTAMP);
CREATE TABLE dim_customer (cust_sk INTEGER, cust_id INTEGER, cust_name VARCHAR, city VARCHAR, seg_code VARCHAR, eff_dt DATE, end_dt DATE, curr_flag VARCHAR);
INSERT INTO dim_customer VALUES (1, 100, 'Ann Lee', 'Paris', 'GLD', DATE '2023-01-01', DATE '9999-12-31', 'Y'), (2, 200, 'Bob Ray', 'Lyon', 'SLV', DATE '2023-01-01', DATE '9999-12-31', 'Y'), (3, 300, 'Cy Moe', 'Nice', NULL, DATE '2023-01-01', DATE '9999-12-31', 'Y');
INSERT INTO stg_customer VALUES (100, '  ann lee ', 'Marseille', 'GLD', TIMESTAMP '2024-03-01 10:00:00'), (100, 'Ann Lee', 'Paris', 'GLD', TIMESTAMP '2024-03-01 08:00:00'), (100, 'Ann Lee', 'Toulouse', 'GLD', NULL), (200, 'Bob Ray', 'LYON  ', 'slv', TIMESTAMP '2024-03-01 09:00:00'), (300, 'Cy Moe', 'Nice', 'BRZ', TIMESTAMP '2024-03-01 09:00:00'), (400, ' Dee Fox', NULL, 'brz', TIMESTAMP '2024-03-01 11:00:00');
CREATE TABLE v_cust AS SELECT cust_id, trim(cust_name) AS cust_name, city, upper(seg_code) AS seg_code FROM stg_customer QUALIFY row_number() OVER (PARTITION BY cust_id ORDER BY extract_ts DESC NULLS LAST) = 1;
UPDATE dim_customer SET end_dt = DATE '2024-02-29', curr_flag = 'N' FROM v_cust v
WHERE dim_customer.cust_id = v.cust_id AND dim_customer.curr_flag = 'Y'
  AND (upper(rtrim(dim_customer.city)) <> upper(rtrim(v.city)) OR (dim_customer.city IS NULL AND v.city IS NOT NULL) OR (dim_customer.city IS NOT NULL AND v.city IS NULL)
       OR upper(rtrim(COALESCE(dim_customer.seg_code, '~'))) <> upper(rtrim(COALESCE(v.seg_code, '~'))));
INSERT INTO dim_customer
SELECT m.max_sk + row_number() OVER (ORDER BY v.cust_id), v.cust_id, v.cust_name, v.city, v.seg_code, DATE '2024-03-01', DATE '9999-12-31', 'Y'
FROM v_cust v LEFT JOIN dim_customer d ON d.cust_id = v.cust_id AND d.curr_flag = 'Y'
CROSS JOIN (SELECT COALESCE(MAX(cust_sk), 0) AS max_sk FROM dim_customer) m
WHERE d.cust_id IS NULL;
SELECT cust_sk, cust_id, cust_name, city, seg_code, eff_dt, end_dt, curr_flag FROM dim_customer ORDER BY cust_sk
