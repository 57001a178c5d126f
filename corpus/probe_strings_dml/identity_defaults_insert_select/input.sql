/* Event log with a generated surrogate key and column defaults: rows loaded by INSERT ... SELECT
   and INSERT ... VALUES naming only some columns */
CREATE MULTISET TABLE id_db.event_log
(
    event_sk   INTEGER GENERATED ALWAYS AS IDENTITY
               (START WITH 1 INCREMENT BY 1 MINVALUE 1 NO CYCLE),
    event_cd   VARCHAR(10) NOT NULL,
    status_cd  CHAR(1) DEFAULT 'N',
    retry_cnt  INTEGER DEFAULT 0,
    load_dt    DATE DEFAULT DATE '2024-01-01',
    note_txt   VARCHAR(20) WITH DEFAULT,
    amount     DECIMAL(8,2) WITH DEFAULT
)
PRIMARY INDEX ( event_sk );

CREATE MULTISET TABLE id_db.event_src
(
    event_cd   VARCHAR(10),
    amount     DECIMAL(8,2)
)
PRIMARY INDEX ( event_cd );

INSERT INTO id_db.event_src VALUES ('LOGIN',  NULL);
INSERT INTO id_db.event_src VALUES ('BUY',    12.50);
INSERT INTO id_db.event_src VALUES ('BUY',    12.50);
INSERT INTO id_db.event_src VALUES ('LOGOUT', 0.00);

INSERT INTO id_db.event_log (event_cd, amount)
SELECT event_cd, amount FROM id_db.event_src;

INSERT INTO id_db.event_log (event_cd, status_cd, retry_cnt)
VALUES ('REFUND', 'Y', 2);

CREATE MULTISET TABLE id_db.result_event_summary
(
    event_cd     VARCHAR(10),
    row_cnt      INTEGER,
    distinct_sk  INTEGER,
    null_sk      INTEGER,
    min_sk_pos   CHAR(1),
    status_cd    CHAR(1),
    retry_sum    INTEGER,
    load_dt      DATE,
    note_len     INTEGER,
    amount_sum   DECIMAL(10,2)
)
PRIMARY INDEX ( event_cd );

INSERT INTO id_db.result_event_summary
SELECT event_cd,
       COUNT(*),
       COUNT(DISTINCT event_sk),
       SUM(CASE WHEN event_sk IS NULL THEN 1 ELSE 0 END),
       CASE WHEN MIN(event_sk) >= 1 THEN 'Y' ELSE 'N' END,
       MAX(status_cd),
       SUM(retry_cnt),
       MAX(load_dt),
       MAX(CHARACTERS(note_txt)),
       SUM(amount)
FROM id_db.event_log
GROUP BY event_cd;
