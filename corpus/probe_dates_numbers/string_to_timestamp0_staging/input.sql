/* Staging text timestamps loaded into TIMESTAMP(0) columns with an open-ended validity high date */
CREATE MULTISET TABLE pdn_db.stg_contracts ,NO FALLBACK
(
    contract_id   INTEGER NOT NULL,
    valid_from_tx VARCHAR(19),
    valid_to_tx   VARCHAR(19)
)
PRIMARY INDEX ( contract_id );

INSERT INTO pdn_db.stg_contracts VALUES (1, '2024-02-29 08:15:00', '2024-03-31 23:59:59');
INSERT INTO pdn_db.stg_contracts VALUES (2, '2024-03-01 00:00:00', NULL);
INSERT INTO pdn_db.stg_contracts VALUES (3, '2023-12-31 23:59:59', '2024-01-01 00:00:00');

CREATE MULTISET TABLE pdn_db.result_contracts
(
    contract_id  INTEGER,
    valid_from   TIMESTAMP(0),
    valid_to     TIMESTAMP(0),
    from_dt      DATE,
    is_open      CHAR(1)
)
PRIMARY INDEX ( contract_id );

INSERT INTO pdn_db.result_contracts
SELECT contract_id,
       CAST(valid_from_tx AS TIMESTAMP(0)),
       COALESCE(CAST(valid_to_tx AS TIMESTAMP(0)), CAST('9999-12-31 23:59:59' AS TIMESTAMP(0))),
       CAST(CAST(valid_from_tx AS TIMESTAMP(0)) AS DATE),
       CASE WHEN COALESCE(CAST(valid_to_tx AS TIMESTAMP(0)), CAST('9999-12-31 23:59:59' AS TIMESTAMP(0)))
                 > TIMESTAMP '2024-06-30 00:00:00' THEN 'Y' ELSE 'N' END
FROM pdn_db.stg_contracts
WHERE CAST(valid_from_tx AS TIMESTAMP(0)) >= TIMESTAMP '2024-01-01 00:00:00'
   OR contract_id = 3;
