/* Clickstream landing: Unix epoch seconds to TIMESTAMP(0) with the DATE + days / seconds * INTERVAL
   idiom, then session buckets and offsets with interval arithmetic */
CREATE MULTISET TABLE pdn_db.raw_clicks ,NO FALLBACK
(
    click_id    INTEGER NOT NULL,
    epoch_sec   INTEGER,
    dwell_min   INTEGER
)
PRIMARY INDEX ( click_id );

INSERT INTO pdn_db.raw_clicks VALUES (1, 1709251199, 5);
INSERT INTO pdn_db.raw_clicks VALUES (2, 1709251200, 90);
INSERT INTO pdn_db.raw_clicks VALUES (3, 0, 0);
INSERT INTO pdn_db.raw_clicks VALUES (4, 1704067261, 45);
INSERT INTO pdn_db.raw_clicks VALUES (5, NULL, 3);

CREATE MULTISET TABLE pdn_db.result_clicks
(
    click_id    INTEGER,
    click_ts    TIMESTAMP(0),
    click_dt    DATE,
    leave_ts    TIMESTAMP(0),
    hour_start  TIMESTAMP(0)
)
PRIMARY INDEX ( click_id );

INSERT INTO pdn_db.result_clicks
SELECT click_id,
       CAST(DATE '1970-01-01' + (epoch_sec / 86400) AS TIMESTAMP(0))
         + ((epoch_sec MOD 86400) * INTERVAL '00:00:01' HOUR TO SECOND),
       DATE '1970-01-01' + (epoch_sec / 86400),
       CAST(DATE '1970-01-01' + (epoch_sec / 86400) AS TIMESTAMP(0))
         + ((epoch_sec MOD 86400) * INTERVAL '00:00:01' HOUR TO SECOND)
         + dwell_min * INTERVAL '1' MINUTE,
       CAST(DATE '1970-01-01' + (epoch_sec / 86400) AS TIMESTAMP(0))
         + ((epoch_sec MOD 86400) / 3600 * INTERVAL '1' HOUR)
FROM pdn_db.raw_clicks;
