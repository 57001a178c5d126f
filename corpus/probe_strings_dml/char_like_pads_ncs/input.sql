/* Product codes stored in CHAR(8): LIKE sees the pad blanks, so '%7' misses codes shorter than 8
   unless the pads are trimmed first; the column is NOT CASESPECIFIC by default (Teradata mode) */
CREATE MULTISET TABLE sd_db.product
(
    prod_id   INTEGER NOT NULL,
    prod_cd   CHAR(8),
    prod_nm   VARCHAR(30)
)
PRIMARY INDEX ( prod_id );

INSERT INTO sd_db.product VALUES (1, 'AB-107',   'Widget seven');
INSERT INTO sd_db.product VALUES (2, 'ab-207',   'Gadget');
INSERT INTO sd_db.product VALUES (3, 'XY-7',     NULL);
INSERT INTO sd_db.product VALUES (4, 'AB-10777', 'Widget max');
INSERT INTO sd_db.product VALUES (5, NULL,       'Unknown');
INSERT INTO sd_db.product VALUES (6, 'CD-88',    'Cable');
INSERT INTO sd_db.product VALUES (7, 'xy-17',    'Hub');

CREATE MULTISET TABLE sd_db.result_code_match
(
    prod_id      INTEGER,
    ends_7       CHAR(1),
    ends_7_trim  CHAR(1),
    seven_pad    CHAR(1),
    starts_ab    CHAR(1),
    nm_like      CHAR(1)
)
PRIMARY INDEX ( prod_id );

INSERT INTO sd_db.result_code_match
SELECT prod_id,
       CASE WHEN prod_cd LIKE '%7' THEN 'Y' ELSE 'N' END,
       CASE WHEN TRIM(TRAILING FROM prod_cd) LIKE '%7' THEN 'Y' ELSE 'N' END,
       CASE WHEN prod_cd LIKE '%7 %' THEN 'Y' ELSE 'N' END,
       CASE WHEN prod_cd LIKE 'ab%' THEN 'Y' ELSE 'N' END,
       CASE WHEN prod_nm LIKE '%SEVEN' THEN 'Y' ELSE 'N' END
FROM sd_db.product
WHERE prod_cd NOT LIKE 'CD%' OR prod_cd IS NULL;
