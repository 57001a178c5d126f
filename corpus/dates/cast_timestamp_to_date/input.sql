/* CAST(timestamp AS DATE) drops the time of day; grouping and filtering by that day */
CREATE MULTISET TABLE dt_db.logins ,NO FALLBACK
(
    id        INTEGER NOT NULL,
    login_ts  TIMESTAMP(6)
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.logins VALUES (1, TIMESTAMP '2024-02-29 23:59:59.999999');
INSERT INTO dt_db.logins VALUES (2, TIMESTAMP '2024-03-01 00:00:00.000000');
INSERT INTO dt_db.logins VALUES (3, TIMESTAMP '2024-02-29 00:00:00.000000');
INSERT INTO dt_db.logins VALUES (4, TIMESTAMP '2024-02-28 12:30:00.000000');
INSERT INTO dt_db.logins VALUES (5, NULL);

CREATE MULTISET TABLE dt_db.result_login_days
(
    login_dt    DATE,
    cnt         INTEGER,
    first_login TIMESTAMP(6)
)
PRIMARY INDEX ( login_dt );

INSERT INTO dt_db.result_login_days
SELECT CAST(login_ts AS DATE), COUNT(*), MIN(login_ts)
FROM dt_db.logins
WHERE CAST(login_ts AS DATE) >= DATE '2024-02-29' OR login_ts IS NULL
GROUP BY CAST(login_ts AS DATE);
