/* Status cleansing on a NOT CASESPECIFIC column: simple CASE and NULLIF compare like '=' does
   (case-blind, trailing blanks ignored), so 'OPEN', 'Open ' and 'open' are one status */
CREATE MULTISET TABLE sd_db.order_raw
(
    ord_id     INTEGER NOT NULL,
    status_cd  VARCHAR(10) NOT CASESPECIFIC,
    region_cd  VARCHAR(6),
    amount     DECIMAL(10,2)
)
PRIMARY INDEX ( ord_id );

INSERT INTO sd_db.order_raw VALUES (1, 'open',    'EU',   10.00);
INSERT INTO sd_db.order_raw VALUES (2, 'OPEN',    'eu ',  20.00);
INSERT INTO sd_db.order_raw VALUES (3, 'Open  ',  '',     30.00);
INSERT INTO sd_db.order_raw VALUES (4, 'closed',  '   ',  40.00);
INSERT INTO sd_db.order_raw VALUES (5, 'N/A',     'APAC', 50.00);
INSERT INTO sd_db.order_raw VALUES (6, 'n/a',     NULL,   60.00);
INSERT INTO sd_db.order_raw VALUES (7, NULL,      'us',   70.00);
INSERT INTO sd_db.order_raw VALUES (8, 'Closed',  'US',   80.00);

CREATE MULTISET TABLE sd_db.result_status_clean
(
    ord_id      INTEGER,
    status_grp  CHAR(1),
    is_na       CHAR(1),
    region_std  VARCHAR(6),
    region_key  VARCHAR(6)
)
PRIMARY INDEX ( ord_id );

INSERT INTO sd_db.result_status_clean
SELECT ord_id,
       CASE status_cd WHEN 'open' THEN 'O' WHEN 'CLOSED' THEN 'C' ELSE 'X' END,
       CASE WHEN NULLIF(status_cd, 'n/a') IS NULL THEN 'Y' ELSE 'N' END,
       UPPER(NULLIF(region_cd, '')),
       CASE region_cd WHEN 'eu' THEN 'EMEA' WHEN '' THEN 'NONE' ELSE UPPER(region_cd) END
FROM sd_db.order_raw;
