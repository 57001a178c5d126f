/* SCD1 supplier load: latest staging row per key with cleaned name and phone, MERGE with
   COALESCE to keep known values, then flag suppliers missing from the feed inactive */
CREATE MULTISET TABLE etl_db.dim_supplier
(
    supp_id    INTEGER NOT NULL,
    supp_name  VARCHAR(30) CHARACTER SET LATIN,
    phone      VARCHAR(20) CHARACTER SET LATIN,
    status     CHAR(1) CHARACTER SET LATIN,
    upd_cnt    INTEGER
)
UNIQUE PRIMARY INDEX ( supp_id );

CREATE MULTISET TABLE etl_db.stg_supplier
(
    supp_id    INTEGER,
    supp_name  VARCHAR(30) CHARACTER SET LATIN,
    phone      VARCHAR(20) CHARACTER SET LATIN,
    src_seq    INTEGER
)
PRIMARY INDEX ( supp_id );

INSERT INTO etl_db.dim_supplier VALUES (1, 'Acme', '555-0100', 'A', 0);
INSERT INTO etl_db.dim_supplier VALUES (2, 'Globex', '555-0200', 'A', 0);
INSERT INTO etl_db.dim_supplier VALUES (3, 'Initech', NULL, 'A', 0);

INSERT INTO etl_db.stg_supplier VALUES (1, ' ACME corp ', '(555) 0101', 1);
INSERT INTO etl_db.stg_supplier VALUES (1, '  Acme Corp', '555.0102', 2);
INSERT INTO etl_db.stg_supplier VALUES (2, 'Globex', NULL, 1);
INSERT INTO etl_db.stg_supplier VALUES (4, 'Umbrella ', '555 0400', 1);
INSERT INTO etl_db.stg_supplier VALUES (5, NULL, '5550500', 1);

CREATE VOLATILE TABLE v_supp AS
(
    SELECT supp_id,
           TRIM(BOTH FROM supp_name) AS supp_name,
           OREPLACE(OREPLACE(OREPLACE(OREPLACE(phone, '(', ''), ')', ''), '.', '-'), ' ', '-') AS phone
    FROM etl_db.stg_supplier
    QUALIFY ROW_NUMBER() OVER (PARTITION BY supp_id ORDER BY src_seq DESC) = 1
) WITH DATA PRIMARY INDEX ( supp_id ) ON COMMIT PRESERVE ROWS;

MERGE INTO etl_db.dim_supplier AS t
USING v_supp AS s
ON t.supp_id = s.supp_id
WHEN MATCHED THEN UPDATE SET
    supp_name = COALESCE(s.supp_name, t.supp_name),
    phone = COALESCE(s.phone, t.phone),
    upd_cnt = t.upd_cnt + 1
WHEN NOT MATCHED THEN INSERT (supp_id, supp_name, phone, status, upd_cnt)
    VALUES (s.supp_id, COALESCE(s.supp_name, 'UNKNOWN'), s.phone, 'N', 0);

UPDATE etl_db.dim_supplier
SET status = 'I'
WHERE NOT EXISTS (SELECT 1 FROM etl_db.stg_supplier s WHERE s.supp_id = etl_db.dim_supplier.supp_id);

CREATE MULTISET TABLE etl_db.result_dim_supplier
(
    supp_id    INTEGER,
    supp_name  VARCHAR(30),
    phone      VARCHAR(20),
    status     CHAR(1),
    upd_cnt    INTEGER
)
PRIMARY INDEX ( supp_id );

INSERT INTO etl_db.result_dim_supplier SELECT supp_id, supp_name, phone, status, upd_cnt FROM etl_db.dim_supplier;
