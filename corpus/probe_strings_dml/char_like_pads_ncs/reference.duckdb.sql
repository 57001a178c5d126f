CREATE TABLE product (prod_id INTEGER, prod_cd VARCHAR, prod_nm VARCHAR);
INSERT INTO product VALUES (1, rpad('AB-107', 8, ' '), 'Widget seven'), (2, rpad('ab-207', 8, ' '), 'Gadget'), (3, rpad('XY-7', 8, ' '), NULL), (4, 'AB-10777', 'Widget max'), (5, NULL, 'Unknown'), (6, rpad('CD-88', 8, ' '), 'Cable'), (7, rpad('xy-17', 8, ' '), 'Hub');
-- CHAR(8) values carry their pads into LIKE (pads are significant in pattern matching);
-- NOT CASESPECIFIC (Teradata-mode default) makes LIKE case-blind.
SELECT prod_id,
       CASE WHEN upper(prod_cd) LIKE '%7' THEN 'Y' ELSE 'N' END AS ends_7,
       CASE WHEN upper(rtrim(prod_cd, ' ')) LIKE '%7' THEN 'Y' ELSE 'N' END AS ends_7_trim,
       CASE WHEN upper(prod_cd) LIKE '%7 %' THEN 'Y' ELSE 'N' END AS seven_pad,
       CASE WHEN upper(prod_cd) LIKE 'AB%' THEN 'Y' ELSE 'N' END AS starts_ab,
       CASE WHEN upper(prod_nm) LIKE '%SEVEN' THEN 'Y' ELSE 'N' END AS nm_like
FROM product
WHERE NOT (upper(prod_cd) LIKE 'CD%') OR prod_cd IS NULL
