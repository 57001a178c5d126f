CREATE TABLE stg_dates (id INTEGER, s_iso VARCHAR, s_us VARCHAR, s_mon VARCHAR, s_jul VARCHAR, s_compact VARCHAR, s_eu VARCHAR);
INSERT INTO stg_dates VALUES (1, '2024-02-29', '02/29/2024', '29Feb2024', '2024060', '20240229', '29.02.2024'), (2, '2023-03-05', '03/05/2023', '05Mar2023', '2023064', '20230305', '05.03.2023'), (3, '2024-12-31', '12/31/2024', '31Dec2024', '2024366', '20241231', '31.12.2024'), (4, NULL, NULL, NULL, NULL, NULL, NULL);
SELECT id,
       CAST(strptime(s_iso, '%Y-%m-%d') AS DATE) AS d_iso,
       CAST(strptime(s_us, '%m/%d/%Y') AS DATE) AS d_us,
       CAST(strptime(s_mon, '%d%b%Y') AS DATE) AS d_mon,
       CAST(strptime(s_jul, '%Y%j') AS DATE) AS d_jul,
       CAST(strptime(s_compact, '%Y%m%d') AS DATE) AS d_comp,
       CAST(strptime(s_eu, '%d.%m.%Y') AS DATE) AS d_eu
FROM stg_dates
