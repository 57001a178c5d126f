/* Subscription renewals: ADD_MONTHS on TIMESTAMP(0) keeps the time of day and clamps month ends */
CREATE MULTISET TABLE pdn_db.subscriptions ,NO FALLBACK
(
    sub_id      INTEGER NOT NULL,
    start_ts    TIMESTAMP(0),
    term_mon    INTEGER
)
PRIMARY INDEX ( sub_id );

INSERT INTO pdn_db.subscriptions VALUES (1, TIMESTAMP '2024-01-31 18:30:00', 1);
INSERT INTO pdn_db.subscriptions VALUES (2, TIMESTAMP '2024-02-29 23:59:59', 12);
INSERT INTO pdn_db.subscriptions VALUES (3, TIMESTAMP '2023-11-15 00:00:01', 3);
INSERT INTO pdn_db.subscriptions VALUES (4, TIMESTAMP '2024-03-31 07:45:00', -1);
INSERT INTO pdn_db.subscriptions VALUES (5, NULL, 6);

CREATE MULTISET TABLE pdn_db.result_renewals
(
    sub_id       INTEGER,
    renew_ts     TIMESTAMP(0),
    renew_dt     DATE,
    grace_ts     TIMESTAMP(0),
    renew_hour   INTEGER
)
PRIMARY INDEX ( sub_id );

INSERT INTO pdn_db.result_renewals
SELECT sub_id,
       ADD_MONTHS(start_ts, term_mon),
       CAST(ADD_MONTHS(start_ts, term_mon) AS DATE),
       ADD_MONTHS(start_ts, term_mon) + INTERVAL '36' HOUR,
       EXTRACT(HOUR FROM ADD_MONTHS(start_ts, term_mon))
FROM pdn_db.subscriptions;
