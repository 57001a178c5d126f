CREATE TABLE order_line (line_id INTEGER, cust_cd VARCHAR, status VARCHAR, qty INTEGER, packs INTEGER);
INSERT INTO order_line VALUES (1, rpad('C1', 6, ' '), 'open', 7, 2), (2, rpad('C22', 6, ' '), 'OPEN', 9, 4), (3, rpad('C333', 6, ' '), 'Open  ', 5, 5), (4, rpad('C1', 6, ' '), 'closed', 8, 3), (5, rpad('C4444', 6, ' '), 'open', -7, 2);
-- Through both views: status is NOT CASESPECIFIC (blind, blanks ignored) so lines 1, 2, 3, 5 are
-- open; qty / packs is INTEGER division truncating toward zero (7/2 = 3, -7/2 = -3). The outer
-- filter: every status equals 'open ', so only o_cust = 'C1' (line 1) passes. cust_cd keeps its
-- CHAR(6) pads: 'C1    |', CHARACTERS 6.
SELECT line_id, cust_cd || '|' AS cust_key, CAST(length(cust_cd) AS INTEGER) AS cust_len,
       CAST(CAST(trunc(qty / packs) AS INTEGER) AS DECIMAL(6,2)) AS per_pack
FROM order_line
WHERE upper(rtrim(status)) = 'OPEN'
  AND (upper(rtrim(status)) <> 'OPEN' OR rtrim(cust_cd) = 'C1')
