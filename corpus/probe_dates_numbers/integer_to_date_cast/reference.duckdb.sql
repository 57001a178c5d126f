CREATE TABLE legacy_feed (rec_id INTEGER, biz_ymd INTEGER, td_int_dt INTEGER);
INSERT INTO legacy_feed VALUES (1, 20240229, 1240229), (2, 19991231, 991231), (3, 20000101, 1000101), (4, NULL, NULL);
CREATE VIEW v AS SELECT rec_id,
  make_date(biz_ymd // 10000, biz_ymd // 100 % 100, biz_ymd % 100) AS biz_dt,
  make_date(td_int_dt // 10000 + 1900, td_int_dt // 100 % 100, td_int_dt % 100) AS td_dt
FROM legacy_feed;
SELECT rec_id, biz_dt, td_dt, td_dt AS stored_dt, biz_dt AS fmt_dt, CAST(biz_dt - DATE '1999-12-31' AS INTEGER) AS days_apart
FROM v ORDER BY rec_id
