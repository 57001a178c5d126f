/* Reconciling scanned parcels between two depots, duplicates included: EXCEPT ALL / INTERSECT ALL
   over NOT CASESPECIFIC codes that differ only in case or trailing blanks */
CREATE MULTISET TABLE ea_db.depot_out
(
    parcel_cd  VARCHAR(10),
    route_no   INTEGER
)
PRIMARY INDEX ( parcel_cd );

CREATE MULTISET TABLE ea_db.depot_in
(
    parcel_cd  VARCHAR(10),
    route_no   INTEGER
)
PRIMARY INDEX ( parcel_cd );

INSERT INTO ea_db.depot_out VALUES ('px1', 1);
INSERT INTO ea_db.depot_out VALUES ('px1', 1);
INSERT INTO ea_db.depot_out VALUES ('PX2', 2);
INSERT INTO ea_db.depot_out VALUES ('px3', 3);
INSERT INTO ea_db.depot_out VALUES (NULL,  4);
INSERT INTO ea_db.depot_out VALUES (NULL,  4);

INSERT INTO ea_db.depot_in VALUES ('PX1 ', 1);
INSERT INTO ea_db.depot_in VALUES ('px2',  2);
INSERT INTO ea_db.depot_in VALUES ('px3',  9);
INSERT INTO ea_db.depot_in VALUES (NULL,   4);

CREATE MULTISET TABLE ea_db.result_parcel_recon
(
    kind       VARCHAR(10),
    parcel_cd  VARCHAR(10),
    route_no   INTEGER
)
PRIMARY INDEX ( parcel_cd );

INSERT INTO ea_db.result_parcel_recon
SELECT 'MISSING', UPPER(TRIM(parcel_cd)), route_no
FROM (SELECT parcel_cd, route_no FROM ea_db.depot_out
      EXCEPT ALL
      SELECT parcel_cd, route_no FROM ea_db.depot_in) x;

INSERT INTO ea_db.result_parcel_recon
SELECT 'ARRIVED', UPPER(TRIM(parcel_cd)), route_no
FROM (SELECT parcel_cd, route_no FROM ea_db.depot_out
      INTERSECT ALL
      SELECT parcel_cd, route_no FROM ea_db.depot_in) x;
