-- Vervoer, issue 6: a trip is identified by its pass and its moment. A pass holder cannot start two trips at the
-- same moment, so (pas_id, moment) is the primary key, replacing the identity id and the unique key
-- (pas_id, moment, van, naar) over two VARCHAR(200). The year queries use a moment range on this key, so
-- ix_rit_pas_jaar goes; ix_rit_import goes too (nothing looks trips up by import). Measured in
-- docs/benchmarks/ritten-import.md: the old keys made the table itself cost 12x a bare COPY.
-- No foreign keys on rit (decision, measured in docs/benchmarks/ritten-import.md, 1,000,000 rows): PostgreSQL checks
-- a foreign key once per inserted row, and the reference to regiotaxipas alone more than doubled the cost of the
-- table (INSERT ... SELECT 3.7x a bare COPY without it, 8.6x with it; the import with it 8.4x), so a 3x target cannot
-- be met with it. What it guarded is kept otherwise: the import writes only pass ids it read from regiotaxipas in
-- its own transaction and holds those passes FOR KEY SHARE until commit (the lock the foreign key would take, once per
-- pass instead of once per trip, RittenOpslag.laadVensters); no code deletes or re-keys a pass (they are kept, like
-- everything the audit refers to). A pass removed by hand in SQL would leave its trips behind: that is the trade-off.
-- import_id is provenance (which import wrote the trip; "this file" versus "an earlier import"), also without a key.
-- Portable for H2 (MODE=LEGACY) and PostgreSQL: the table is rebuilt, so every constraint gets a known name.
--
-- Existing rows: two rows of one pass at the same moment (possible before this key) cannot both stay. The first
-- stored (lowest id) stays in rit; the others move, unchanged and with their old id, to rit_dubbel for the
-- functioneel beheerder to review. Nothing is deleted without a trace.

CREATE TABLE rit_oud AS SELECT * FROM rit;
DROP TABLE rit;

CREATE TABLE rit (
    pas_id              BIGINT        NOT NULL,
    moment              TIMESTAMP     NOT NULL,
    jaar                INTEGER       NOT NULL,
    maand               INTEGER       NOT NULL,
    van                 VARCHAR(200)  NOT NULL,
    naar                VARCHAR(200)  NOT NULL,
    km                  NUMERIC(7,1)  NOT NULL,
    zones               INTEGER       NOT NULL,
    begeleider          BOOLEAN       NOT NULL,
    prioriteit          BOOLEAN       NOT NULL,
    buiten_gebied       BOOLEAN       NOT NULL,
    import_id           BIGINT,
    CONSTRAINT pk_rit PRIMARY KEY (pas_id, moment),
    CONSTRAINT ck_rit_km CHECK (km >= 0),
    CONSTRAINT ck_rit_zones CHECK (zones >= 0),
    CONSTRAINT ck_rit_maand CHECK (maand BETWEEN 1 AND 12)
);

CREATE TABLE rit_dubbel AS
    SELECT o.* FROM rit_oud o
    WHERE EXISTS (SELECT 1 FROM rit_oud e WHERE e.pas_id = o.pas_id AND e.moment = o.moment AND e.id < o.id);

INSERT INTO rit (pas_id, moment, jaar, maand, van, naar, km, zones, begeleider, prioriteit, buiten_gebied, import_id)
    SELECT o.pas_id, o.moment, o.jaar, o.maand, o.van, o.naar, o.km, o.zones, o.begeleider, o.prioriteit, o.buiten_gebied, o.import_id
    FROM rit_oud o
    WHERE NOT EXISTS (SELECT 1 FROM rit_oud e WHERE e.pas_id = o.pas_id AND e.moment = o.moment AND e.id < o.id);

DROP TABLE rit_oud;
