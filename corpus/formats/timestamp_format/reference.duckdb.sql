CREATE TABLE stg_events (id INTEGER, s_blank VARCHAR, s_comp VARCHAR);
INSERT INTO stg_events VALUES (1, '2024-02-29 13:45:10', '20240229134510'), (2, '2023-12-31 23:59:59', '20231231235959'), (3, '2024-03-01 00:00:00', '20240301000000'), (4, NULL, NULL);
SELECT id,
       strptime(s_blank, '%Y-%m-%d %H:%M:%S') AS ts_blank,
       strptime(s_comp, '%Y%m%d%H%M%S') AS ts_comp,
       strftime(strptime(s_blank, '%Y-%m-%d %H:%M:%S'), '%Y%m%d%H%M%S') AS ts_text,
       CAST(strptime(s_comp, '%Y%m%d%H%M%S') AS DATE) AS ev_date
FROM stg_events
