CREATE TABLE products (id INTEGER, sku VARCHAR);
INSERT INTO products VALUES (1, 'AX-100'), (2, 'BX-200Z'), (3, 'AY-300Z'), (4, 'CC_1'), (5, NULL);
SELECT id,
       CASE WHEN sku LIKE 'A%' OR sku LIKE '%Z' THEN 1 ELSE 0 END AS any_flag,
       CASE WHEN sku LIKE 'A%' AND sku LIKE '%Z' THEN 1 ELSE 0 END AS all_flag,
       CASE WHEN sku NOT LIKE 'A%' OR sku NOT LIKE '%Z' THEN 1 ELSE 0 END AS nany_flag,
       CASE WHEN sku NOT LIKE 'A%' AND sku NOT LIKE '%Z' THEN 1 ELSE 0 END AS nall_flag,
       CASE WHEN sku LIKE 'CC!_%' ESCAPE '!' THEN 1 ELSE 0 END AS esc_flag
FROM products
