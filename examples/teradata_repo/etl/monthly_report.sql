SEL segment_cd,
    COUNT(*) AS customers,
    ADD_MONTHS(MIN(start_dt), 12) AS first_anniversary,
    ZEROIFNULL(SUM(CASE WHEN end_dt > 1240101 THEN 1 END)) AS open_since_2024
FROM edw.dim_customer
GROUP BY 1
ORDER BY 2 DESC;
