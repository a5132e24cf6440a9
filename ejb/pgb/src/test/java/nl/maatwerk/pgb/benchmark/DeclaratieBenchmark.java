package nl.maatwerk.pgb.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.maatwerk.domain.Schematypen;
import nl.maatwerk.domain.pgb.DeclaratieOpslag;
import nl.maatwerk.domain.pgb.Kostensoort;
import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.pgb.declaraties.DeclaratieInlezing;
import nl.maatwerk.pgb.declaraties.DeclaratieLezer;
import nl.maatwerk.pgb.regels.Declaratiecontrole;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark harness, not a timed test: runs only with {@code -Dmaatwerk.benchmark=true} (Maven profile
 * {@code benchmark}, see docs/benchmarks/pgb-declaraties.md) and writes a report; it asserts nothing about time.
 *
 * <p>100,000 declaraties against 20,000 budgets: the import pipeline of {@code Declaratieverwerking} (the same
 * {@link DeclaratieInlezing} the EJB calls: reader, per-block pre-reading, {@link Declaratiecontrole},
 * {@link DeclaratieOpslag} batches, one transaction) on H2 and on embedded PostgreSQL, and as the floor one SQL
 * statement on PostgreSQL that computes the budget and hour checks for the same rows from a staging table.
 */
@EnabledIfSystemProperty(named = "maatwerk.benchmark", matches = "true")
class DeclaratieBenchmark {

    static final int BUDGETTEN = Integer.getInteger("maatwerk.benchmark.budgetten", 20_000);
    static final int DECLARATIES = Integer.getInteger("maatwerk.benchmark.declaraties", 100_000);
    static final int ZORGVERLENERS = 5_000;
    /** -Dmaatwerk.benchmark.oud=true: ook de pijplijn van vóór de staging (PerBlokInlezing), in eigen databases. */
    static final boolean OUD = Boolean.getBoolean("maatwerk.benchmark.oud");
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    record Meting(String wat, long ms, long goedgekeurd, long afgewezen, String fasen) {
        Meting(String wat, long ms, long goedgekeurd, long afgewezen) {
            this(wat, ms, goedgekeurd, afgewezen, "");
        }
    }

    @Test
    void meet() throws Exception {
        String loadBegin = load();
        String csv = bestand();
        List<Meting> metingen = new ArrayList<>();
        List<Meting> oud = new ArrayList<>();
        Path h2dir = Files.createTempDirectory("pgb-bench-h2");
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + h2dir.resolve("db") + ";MODE=LEGACY", "sa", "")) {
            migreer("jdbc:h2:file:" + h2dir.resolve("db") + ";MODE=LEGACY", "sa", "", "H2");
            vul(h2);
            metingen.add(importeer("H2 (import-pijplijn)", h2, csv));
        }
        if (OUD) {
            Path oudDir = Files.createTempDirectory("pgb-bench-h2-oud");
            String url = "jdbc:h2:file:" + oudDir.resolve("db") + ";MODE=LEGACY";
            try (Connection h2 = DriverManager.getConnection(url, "sa", "")) {
                migreer(url, "sa", "", "H2");
                vul(h2);
                oud.add(importeerOud("H2 (oude pijplijn per blok)", h2, csv));
            }
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection beheer = pg.getPostgresDatabase().getConnection(); Statement s = beheer.createStatement()) {
                s.execute("CREATE DATABASE pijplijn");
                s.execute("CREATE DATABASE vloer");
            }
            String url = pg.getJdbcUrl("postgres", "pijplijn");
            migreer(url, "postgres", "postgres", "PostgreSQL");
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                vul(c);
                metingen.add(importeer("PostgreSQL (import-pijplijn)", c, csv));
            }
            if (OUD) {
                try (Connection beheer = pg.getPostgresDatabase().getConnection(); Statement s = beheer.createStatement()) {
                    s.execute("CREATE DATABASE oud");
                }
                String oudUrl = pg.getJdbcUrl("postgres", "oud");
                migreer(oudUrl, "postgres", "postgres", "PostgreSQL");
                try (Connection c = DriverManager.getConnection(oudUrl, "postgres", "postgres")) {
                    vul(c);
                    oud.add(importeerOud("PostgreSQL (oude pijplijn per blok)", c, csv));
                }
            }
            // De vloer in een eigen, even grote database: dezelfde regels bestaan daar nog niet.
            String vloerUrl = pg.getJdbcUrl("postgres", "vloer");
            migreer(vloerUrl, "postgres", "postgres", "PostgreSQL");
            try (Connection c = DriverManager.getConnection(vloerUrl, "postgres", "postgres")) {
                vul(c);
                metingen.add(vloer(c, csv));
            }
        }
        StringBuilder r = new StringBuilder("| meting | ms | goedgekeurd | afgewezen |\n|---|---|---|---|\n");
        metingen.forEach(m -> r.append("| ").append(m.wat()).append(" | ").append(m.ms()).append(" | ").append(m.goedgekeurd()).append(" | ")
                .append(m.afgewezen()).append(" |\n"));
        oud.forEach(m -> r.append("| ").append(m.wat()).append(" | ").append(m.ms()).append(" | ").append(m.goedgekeurd()).append(" | ")
                .append(m.afgewezen()).append(" |\n"));
        long pg = metingen.get(1).ms();
        long floor = metingen.get(2).ms();
        r.append("\nPostgreSQL import / vloer: ").append(String.format("%.1f", pg / (double) Math.max(1, floor))).append("x\n\nFasen (ms):\n\n");
        metingen.stream().filter(m -> !m.fasen().isEmpty()).forEach(m -> r.append("- ").append(m.wat()).append(": ").append(m.fasen()).append('\n'));
        Path uit = Path.of(System.getProperty("maatwerk.benchmark.rapport", "target/benchmark-pgb.md"));
        r.append("\nLoad average (1, 5, 15 min): begin ").append(loadBegin).append(", eind ").append(load()).append('\n');
        Files.writeString(uit, "# Pgb-declaraties: " + DECLARATIES + " declaraties, " + BUDGETTEN + " budgetten (" + LocalDateTime.now().withNano(0)
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ")\n\n" + r);
        System.out.println(Files.readString(uit));
    }

    static String load() {
        try {
            String[] d = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return d[0] + " " + d[1] + " " + d[2];
        } catch (Exception e) {
            return "onbekend";
        }
    }

    static void migreer(String url, String user, String ww, String db) {
        Flyway.configure().dataSource(url, user, ww).locations("classpath:db/migration").placeholders(Schematypen.voor(db)).load().migrate();
    }

    /** Eén gemeente (Doetinchem, regelset 0222), BUDGETTEN cliënten met elk een budget, ZORGVERLENERS hulpen, alle overeenkomsten goedgekeurd. */
    static void vul(Connection c) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisatie (naam, soort) VALUES ('Gemeente Doetinchem', 'GEMEENTE')");
            s.execute("INSERT INTO gemeente (code, naam, inwoners, organisatie_id) SELECT '0222', 'Doetinchem', 57000, id FROM organisatie");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO client (bsn, voornamen, achternaam, achternaam_zoek, geboortedatum, gemeente_code, "
                + "geregistreerd_op) VALUES (?, 'Test', 'Client', 'client', DATE '1950-01-01', '0222', CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < BUDGETTEN; i++) {
                p.setString(1, bsn(i));
                p.addBatch();
                if (i % 1000 == 999) p.executeBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO pgb_zorgverlener (gemeente_code, code, naam, soort, geboortedatum, afstand_km, vog) "
                + "VALUES ('0222', ?, 'Hulp', ?, DATE '1970-01-01', 10, TRUE)")) {
            for (int i = 0; i < ZORGVERLENERS; i++) {
                p.setString(1, "ZV-" + i);
                p.setString(2, i % 5 == 0 ? "PROFESSIONEEL" : "SOCIAAL_NETWERK");
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO pgb_budget (budgetnummer, client_id, gemeente_code, omschrijving, ingang, einde, bedrag, per_week, reiskosten_in_plan, "
                    + "minderjarigen, wissel, status, regelset_versie, aangemaakt_door, aangemaakt_op) SELECT CONCAT('B-', bsn), id, '0222', 'Begeleiding', "
                    + "DATE '2026-01-01', DATE '2026-12-31', 2500.00, 48.00, TRUE, FALSE, FALSE, 'ACTIEF', '0222-2017-03-01', 'bench', CURRENT_TIMESTAMP FROM client");
            s.execute("INSERT INTO pgb_overeenkomst (budget_id, zorgverlener_id, goedgekeurd) SELECT b.id, z.id, TRUE FROM pgb_budget b JOIN client c "
                    + "ON c.id = b.client_id JOIN pgb_zorgverlener z ON z.code = CONCAT('ZV-', MOD(CAST(c.bsn AS INTEGER) - 100000000, " + ZORGVERLENERS + "))");
        }
        c.commit();
    }

    static String bsn(int i) {
        return String.valueOf(100_000_000 + i);
    }

    /** DECLARATIES regels: per budget opeenvolgende weken van 10-40 uur à € 20 (boven 36 uur: P-09; na 125 weken vol: P-08). */
    static String bestand() {
        StringBuilder b = new StringBuilder(DeclaratieLezer.KOLOMMEN.stream().reduce((x, y) -> x + ";" + y).orElseThrow()).append('\n');
        for (int n = 0; n < DECLARATIES; n++) {
            int budget = n % BUDGETTEN;
            int week = n / BUDGETTEN;
            LocalDate van = START.plusWeeks(week);
            int uren = 10 + (n * 7) % 31;
            b.append(bsn(budget)).append(";ZV-").append(budget % ZORGVERLENERS).append(';').append(DMY.format(van)).append(';')
                    .append(DMY.format(van.plusDays(6))).append(';').append(uren).append(';').append(uren * 20).append(",00;zorg;\n");
        }
        return b.toString();
    }

    /** De import-pijplijn van de EJB zelf ({@link DeclaratieInlezing}), op een JDBC-verbinding in één transactie; zonder audit en server. */
    static Meting importeer(String wat, Connection c, String csv) throws Exception {
        Regelboek regelboek = Regelboek.standaard();
        long begin = System.nanoTime();
        c.setAutoCommit(false);
        long importId;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO pgb_declaratieimport (gemeente_code, bestandsnaam, gebruikersnaam, ingelezen_op, "
                + "regels, goedgekeurd, afgewezen, al_aanwezig, te_betalen, status) VALUES ('0222', 'bench.csv', 'bench', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0, "
                + "'INGELEZEN')", Statement.RETURN_GENERATED_KEYS)) {
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                importId = k.getLong(1);
            }
        }
        DeclaratieInlezing inlezing = new DeclaratieInlezing(c, "0222", importId, regelboek::versie);
        DeclaratieInlezing.Uitkomst u = inlezing.lees(new StringReader(csv));
        if (u.foutregels() > 0) {
            throw new IllegalStateException("Fouten in het benchmarkbestand: " + u.fouten());
        }
        long voorCommit = System.nanoTime();
        c.commit();
        long eind = System.nanoTime();
        Map<String, Long> fasen = new java.util.LinkedHashMap<>();
        for (String f : List.of("lezen en stagen", "staging afsluiten", "toetsen en schrijven",
                "daarvan query tot eerste rij", "daarvan motivering en regel-id's", "daarvan schrijven")) {
            fasen.put(f, inlezing.fasen().getOrDefault(f, 0L));
        }
        fasen.put("commit", (eind - voorCommit) / 1_000_000);
        return new Meting(wat, (eind - begin) / 1_000_000, u.goedgekeurd(), u.afgewezen(), fasen.toString());
    }

    static Meting importeerOud(String wat, Connection c, String csv) throws Exception {
        Regelboek regelboek = Regelboek.standaard();
        long begin = System.nanoTime();
        c.setAutoCommit(false);
        long importId;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO pgb_declaratieimport (gemeente_code, bestandsnaam, gebruikersnaam, ingelezen_op, "
                + "regels, goedgekeurd, afgewezen, al_aanwezig, te_betalen, status) VALUES ('0222', 'oud.csv', 'bench', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0, "
                + "'INGELEZEN')", Statement.RETURN_GENERATED_KEYS)) {
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                importId = k.getLong(1);
            }
        }
        var u = new nl.maatwerk.pgb.declaraties.PerBlokInlezing(c, "0222", importId, regelboek::versie).lees(new StringReader(csv));
        c.commit();
        return new Meting(wat, (System.nanoTime() - begin) / 1_000_000, u.goedgekeurd(), u.afgewezen());
    }

    /**
     * De vloer: dezelfde regels in een staging-tabel (COPY niet meegeteld is oneerlijk, dus geteld) en één INSERT ... SELECT
     * die per regel het cumulatieve budget (window-som in bestandsvolgorde) en het urenmaximum (36 × dagen / 7 voor het
     * sociaal netwerk) toetst en het resultaat schrijft. Tarief- en andere toetsen doet de vloer niet: hij is een ondergrens.
     */
    static Meting vloer(Connection c, String csv) throws Exception {
        long begin = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE staging (regel INTEGER, bsn VARCHAR(9), zv VARCHAR(20), van DATE, tot DATE, uren NUMERIC(7,2), bedrag NUMERIC(12,2), soort VARCHAR(60))");
            s.execute("INSERT INTO pgb_declaratieimport (gemeente_code, bestandsnaam, gebruikersnaam, ingelezen_op, regels, goedgekeurd, afgewezen, "
                    + "al_aanwezig, te_betalen, status) VALUES ('0222', 'vloer.csv', 'bench', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0, 'INGELEZEN')");
        }
        var copy = new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class));
        StringBuilder rows = new StringBuilder();
        int nr = 1;
        for (String regel : csv.split("\n")) {
            if (nr++ == 1) continue;
            String[] v = regel.split(";", -1);
            LocalDate van = LocalDate.parse(v[2], DMY);
            LocalDate tot = LocalDate.parse(v[3], DMY);
            rows.append(nr - 1).append('\t').append(v[0]).append('\t').append(v[1]).append('\t').append(van).append('\t').append(tot).append('\t')
                    .append(v[4]).append('\t').append(v[5].replace(',', '.')).append('\t').append(v[6]).append('\n');
        }
        copy.copyIn("COPY staging FROM STDIN", new StringReader(rows.toString()));
        long goed;
        long af;
        long zonderCopy = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO pgb_declaratie (import_id, regelnummer, budget_id, zorgverlener_id, periode_van, periode_tot, kostensoort, "
                    + "kostensoort_tekst, uren, bedrag, km, goedgekeurd, regels, motivering) "
                    + "SELECT (SELECT MAX(id) FROM pgb_declaratieimport), x.regel, x.budget_id, x.zv_id, x.van, x.tot, 'ZORG', x.soort, x.uren, x.bedrag, NULL, "
                    + "x.binnen AND x.uren_ok AND x.budget_ok, CONCAT_WS(',', CASE WHEN NOT x.binnen OR NOT x.budget_ok THEN 'P-08' END, "
                    + "CASE WHEN NOT x.uren_ok THEN 'P-09' END), NULL FROM ("
                    + "  SELECT y.*, (SUM(CASE WHEN y.binnen AND y.uren_ok THEN y.bedrag ELSE 0 END) OVER (PARTITION BY y.budget_id ORDER BY y.regel) "
                    + "  <= y.budget_bedrag) AS budget_ok FROM ("
                    + "  SELECT s.*, b.id AS budget_id, b.bedrag AS budget_bedrag, z.id AS zv_id, (s.van >= b.ingang AND s.tot <= b.einde) AS binnen, "
                    + "  (z.soort <> 'SOCIAAL_NETWERK' OR s.uren <= 36.0 * (s.tot - s.van + 1) / 7) AS uren_ok "
                    + "  FROM staging s JOIN client c ON c.bsn = s.bsn AND c.gemeente_code = '0222' JOIN pgb_budget b ON b.client_id = c.id "
                    + "  JOIN pgb_zorgverlener z ON z.code = s.zv AND z.gemeente_code = '0222') y) x");
            try (ResultSet rs = s.executeQuery("SELECT SUM(CASE WHEN goedgekeurd THEN 1 ELSE 0 END), SUM(CASE WHEN goedgekeurd THEN 0 ELSE 1 END) "
                    + "FROM pgb_declaratie WHERE import_id = (SELECT MAX(id) FROM pgb_declaratieimport)")) {
                rs.next();
                goed = rs.getLong(1);
                af = rs.getLong(2);
            }
        }
        c.commit();
        long eind = System.nanoTime();
        System.out.println("Vloer zonder COPY: " + (eind - zonderCopy) / 1_000_000 + " ms");
        return new Meting("PostgreSQL vloer (COPY + één INSERT ... SELECT)", (eind - begin) / 1_000_000, goed, af,
                "{zonder COPY=" + (eind - zonderCopy) / 1_000_000 + "}");
    }
}
