CREATE TABLE stg_contracts (contract_id INTEGER, valid_from_tx VARCHAR, valid_to_tx VARCHAR);
INSERT INTO stg_contracts VALUES (1, '2024-02-29 08:15:00', '2024-03-31 23:59:59'), (2, '2024-03-01 00:00:00', NULL), (3, '2023-12-31 23:59:59', '2024-01-01 00:00:00');
SELECT contract_id,
       CAST(valid_from_tx AS TIMESTAMP) AS valid_from,
       COALESCE(CAST(valid_to_tx AS TIMESTAMP), TIMESTAMP '9999-12-31 23:59:59') AS valid_to,
       CAST(CAST(valid_from_tx AS TIMESTAMP) AS DATE) AS from_dt,
       CASE WHEN COALESCE(CAST(valid_to_tx AS TIMESTAMP), TIMESTAMP '9999-12-31 23:59:59') > TIMESTAMP '2024-06-30 00:00:00' THEN 'Y' ELSE 'N' END AS is_open
FROM stg_contracts
WHERE CAST(valid_from_tx AS TIMESTAMP) >= TIMESTAMP '2024-01-01 00:00:00' OR contract_id = 3
ORDER BY contract_id
