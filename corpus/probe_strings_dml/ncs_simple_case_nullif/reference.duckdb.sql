CREATE TABLE order_raw (ord_id INTEGER, status_cd VARCHAR, region_cd VARCHAR, amount DECIMAL(10,2));
INSERT INTO order_raw VALUES (1, 'open', 'EU', 10.00), (2, 'OPEN', 'eu ', 20.00), (3, 'Open  ', '', 30.00), (4, 'closed', '   ', 40.00), (5, 'N/A', 'APAC', 50.00), (6, 'n/a', NULL, 60.00), (7, NULL, 'us', 70.00), (8, 'Closed', 'US', 80.00);
-- Both columns are NOT CASESPECIFIC (status_cd explicitly, region_cd by the Teradata-mode default):
-- simple CASE and NULLIF are '=' comparisons, case-blind and blind to trailing blanks;
-- '   ' and '' are equal to ''.
SELECT ord_id,
       CASE WHEN upper(rtrim(status_cd)) = 'OPEN' THEN 'O' WHEN upper(rtrim(status_cd)) = 'CLOSED' THEN 'C' ELSE 'X' END AS status_grp,
       CASE WHEN status_cd IS NULL OR upper(rtrim(status_cd)) = 'N/A' THEN 'Y' ELSE 'N' END AS is_na,
       CASE WHEN rtrim(region_cd) = '' THEN NULL ELSE upper(region_cd) END AS region_std,
       CASE WHEN upper(rtrim(region_cd)) = 'EU' THEN 'EMEA' WHEN rtrim(region_cd) = '' THEN 'NONE' ELSE upper(region_cd) END AS region_key
FROM order_raw
