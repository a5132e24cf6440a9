package nl.maatwerk.pgb.declaraties;

import nl.maatwerk.domain.Schematypen;
import nl.maatwerk.verordening.regelset.Regelboek;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import pipeline the EJB uses ({@link DeclaratieInlezing}) on H2 (MODE=LEGACY), over more than one block of
 * {@link DeclaratieInlezing#BLOK} lines: the budget (P-08) and hours (P-09) are cumulative across blocks, a missing
 * agreement (P-03) rejects, duplicates in one file are found across blocks, a re-import changes nothing, and errors
 * keep file order. {@link DeclaratieInlezingPostgresTest} runs the same tests on embedded PostgreSQL (COPY staging), and
 * {@link #gelijkAanDeOudeVerwerkingPerBlok} compares the set-based pipeline line by line with the earlier per-block one
 * ({@link PerBlokInlezing}).
 */
class DeclaratieInlezingTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final String KOP = String.join(";", DeclaratieLezer.KOLOMMEN) + "\n";
    static final int CLIENTEN = 300;
    static final Regelboek REGELBOEK = Regelboek.standaard();

    Connection c;

    /** A fresh, migrated database; H2 here, PostgreSQL in {@link Postgres}. */
    Connection nieuweDatabase() throws Exception {
        String url = "jdbc:h2:mem:inlezing" + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").placeholders(Schematypen.voor("H2")).load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    @BeforeEach
    void database() throws Exception {
        c = nieuweDatabase();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisatie (naam, soort) VALUES ('Gemeente Doetinchem', 'GEMEENTE')");
            s.execute("INSERT INTO gemeente (code, naam, inwoners, organisatie_id) SELECT '0222', 'Doetinchem', 57000, id FROM organisatie");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO client (bsn, voornamen, achternaam, achternaam_zoek, geboortedatum, gemeente_code, "
                + "geregistreerd_op) VALUES (?, 'Test', 'Client', 'client', DATE '1950-01-01', '0222', CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < CLIENTEN; i++) {
                p.setString(1, bsn(i));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            for (int k = 0; k < 10; k++) {
                s.execute("INSERT INTO pgb_zorgverlener (gemeente_code, code, naam, soort, geboortedatum, afstand_km, vog) VALUES ('0222', 'ZV-" + k
                        + "', 'Hulp', 'SOCIAAL_NETWERK', DATE '1970-01-01', 10, TRUE)");
            }
            s.execute("INSERT INTO pgb_budget (budgetnummer, client_id, gemeente_code, omschrijving, ingang, einde, bedrag, per_week, reiskosten_in_plan, "
                    + "minderjarigen, wissel, status, regelset_versie, aangemaakt_door, aangemaakt_op) SELECT CONCAT('B-', bsn), id, '0222', 'Begeleiding', "
                    + "DATE '2026-01-01', DATE '2026-12-31', 2500.00, 48.00, TRUE, FALSE, FALSE, 'ACTIEF', '0222-2017-03-01', 'test', CURRENT_TIMESTAMP FROM client");
            // Every budget has an approved agreement with its hulp, except client 7 (P-03).
            s.execute("INSERT INTO pgb_overeenkomst (budget_id, zorgverlener_id, goedgekeurd) SELECT b.id, z.id, TRUE FROM pgb_budget b JOIN client c "
                    + "ON c.id = b.client_id JOIN pgb_zorgverlener z ON z.code = CONCAT('ZV-', MOD(CAST(c.bsn AS INTEGER) - 100000000, 10)) "
                    + "WHERE c.bsn <> '" + bsn(7) + "'");
        }
        c.commit();
    }

    @AfterEach
    void sluit() throws Exception {
        c.close();
    }

    static String bsn(int i) {
        return String.valueOf(100_000_000 + i);
    }

    static String regel(int client, int week, int uren) {
        LocalDate van = LocalDate.of(2026, 1, 5).plusWeeks(week);
        return bsn(client) + ";ZV-" + client % 10 + ";" + DMY.format(van) + ";" + DMY.format(van.plusDays(6)) + ";" + uren + ";" + uren * 20 + ",00;zorg;\n";
    }

    /** 4 weeks for 300 budgets (week-major, so each budget is in several blocks) plus a fifth week for client 0. */
    static String bestand() {
        StringBuilder b = new StringBuilder(KOP);
        int[] uren = {30, 30, 30, 35};
        for (int week = 0; week < 4; week++) {
            for (int i = 0; i < CLIENTEN; i++) {
                b.append(regel(i, week, i == 1 && week == 0 ? 40 : uren[week]));
            }
        }
        return b.append(regel(0, 4, 10)).toString();
    }

    DeclaratieInlezing.Uitkomst importeer(String csv, long importId) throws Exception {
        return new DeclaratieInlezing(c, "0222", importId, REGELBOEK::versie).lees(new StringReader(csv));
    }

    DeclaratieInlezing.Uitkomst importeer(String csv) throws Exception {
        long importId;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO pgb_declaratieimport (gemeente_code, bestandsnaam, gebruikersnaam, ingelezen_op, "
                + "regels, goedgekeurd, afgewezen, al_aanwezig, te_betalen, status) VALUES ('0222', 'test.csv', 'test', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0, "
                + "'INGELEZEN')", Statement.RETURN_GENERATED_KEYS)) {
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                importId = k.getLong(1);
            }
        }
        return new DeclaratieInlezing(c, "0222", importId, REGELBOEK::versie).lees(new StringReader(csv));
    }

    String kolom(int regelnummer, String kolom) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + kolom + " FROM pgb_declaratie WHERE regelnummer = " + regelnummer
                + " ORDER BY id")) {
            return rs.next() ? rs.getString(1) : "(geen regel)";
        }
    }

    long aantal() throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pgb_declaratie")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    @DisplayName("P-08, P-09, P-03 over blokken heen: cumulatief budget en uren, afwijzingen met regel-id en volledige motivering, goedgekeurd zonder")
    void regelsOverBlokkenHeen() throws Exception {
        DeclaratieInlezing.Uitkomst u = importeer(bestand());
        c.commit();
        assertThat(u.fouten()).isEmpty();
        assertThat(u.regels()).isEqualTo(1201);
        // Rejected: client 1 week 1 (40 h, P-09), client 7 all four weeks (P-03), client 0 week 5 (budget full after 2,500, P-08).
        assertThat(u.afgewezen()).isEqualTo(6);
        assertThat(u.goedgekeurd()).isEqualTo(1195);
        assertThat(u.budgetten()).hasSize(CLIENTEN);
        int p09 = 2 + 1;           // line of client 1, week 0
        int p08 = 2 + 4 * CLIENTEN; // the fifth week of client 0, the last line
        assertThat(kolom(p09, "regels")).isEqualTo("P-09");
        assertThat(kolom(p09, "motivering")).contains("De mantelzorger declareert 40 uur in 7 dagen; dat is meer dan 36 uur per week", "regel P-09");
        assertThat(kolom(p08, "regels")).isEqualTo("P-08");
        assertThat(kolom(p08, "motivering")).isEqualTo("Het gedeclareerde bedrag (€ 200,00) is hoger dan het resterende budget (€ 0,00 van € 2.500,00); "
                + "boven het toegekende budget is er geen rechtsgrond voor betaling (" + bronP08() + ", regel P-08).");
        assertThat(kolom(2 + 7, "regels")).isEqualTo("P-03");
        assertThat(kolom(2 + 3 * CLIENTEN + 7, "motivering")).contains("niet goedgekeurd door de gemeente en de SVB", "regel P-03");
        // Portable: H2 gives "TRUE", PostgreSQL "t" for getString on a boolean.
        assertThat(kolom(2, "CASE WHEN goedgekeurd THEN 'ja' ELSE 'nee' END")).isEqualTo("ja");
        assertThat(kolom(2, "motivering")).isNull();

        // Idempotent: the same file again changes nothing.
        long voor = aantal();
        DeclaratieInlezing.Uitkomst opnieuw = importeer(bestand());
        assertThat(opnieuw.alAanwezig()).isEqualTo(1201);
        assertThat(opnieuw.goedgekeurd() + opnieuw.afgewezen() + opnieuw.foutregels()).isZero();
        assertThat(aantal()).isEqualTo(voor);
    }

    String bronP08() {
        var rs = REGELBOEK.versie("0222-2017-03-01");
        return rs.parameter("pgb.besteding.termijn").bron().voorRegel("P-08").tekst();
    }

    @Test
    @DisplayName("Dezelfde declaratie twee keer in één bestand, in verschillende blokken: een fout op de tweede regel")
    void dubbelOverBlokkenHeen() throws Exception {
        StringBuilder b = new StringBuilder(KOP);
        for (int i = 0; i < 600; i++) {
            b.append(regel(i % CLIENTEN, i / CLIENTEN, 10));
        }
        b.append(regel(5, 0, 10));
        DeclaratieInlezing.Uitkomst u = importeer(b.toString());
        assertThat(u.foutregels()).isEqualTo(1);
        assertThat(u.fouten()).containsExactly("Regel 602: dezelfde declaratie (budgethouder, zorgverlener, periode, kostensoort) staat al eerder in dit bestand.");
        c.rollback();
    }

    @Test
    @DisplayName("Onbekende budgethouder en vormfouten: Nederlandse meldingen per regel, in bestandsvolgorde")
    void foutenInBestandsvolgorde() throws Exception {
        String csv = KOP + "999999999;ZV-1;05-01-2026;11-01-2026;10;200,00;zorg;\n" + regel(1, 0, 10) + bsn(2) + ";ZV-2;05-01-2026;11-01-2026;10;-2;zorg;\n"
                + bsn(3) + ";ZV-404;05-01-2026;11-01-2026;10;200,00;zorg;\n";
        DeclaratieInlezing.Uitkomst u = importeer(csv);
        assertThat(u.foutregels()).isEqualTo(3);
        assertThat(u.fouten()).hasSize(3);
        assertThat(u.fouten().get(0)).isEqualTo("Regel 2, veld budgethouder: geen Pgb van budgethouder 999999999 in deze gemeente.");
        assertThat(u.fouten().get(1)).startsWith("Regel 4, veld bedrag:");
        assertThat(u.fouten().get(2)).isEqualTo("Regel 5, veld zorgverlener: zorgverlener ZV-404 is onbekend in deze gemeente.");
        c.rollback();
    }

    // ---- equality with the earlier per-block pipeline (PerBlokInlezing, the code before the staging) ----

    /**
     * More variety than the other tests: a second budget for clients 10-19 (2025) and an overlapping one for 20-24
     * (from March 2026), no travel costs in the plan for 50-59, abroad since 20-01-2026 for 60-64, minors for 70-79,
     * a professional hulp (ZV-P) and a young one (ZV-J, 19 years), agreements with all of them except for client 7.
     */
    void meerVerscheidenheid() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO pgb_zorgverlener (gemeente_code, code, naam, soort, geboortedatum, afstand_km, vog) VALUES "
                    + "('0222', 'ZV-P', 'Prof', 'PROFESSIONEEL', DATE '1980-01-01', 25, TRUE)");
            s.execute("INSERT INTO pgb_zorgverlener (gemeente_code, code, naam, soort, geboortedatum, afstand_km, vog) VALUES "
                    + "('0222', 'ZV-J', 'Jong', 'SOCIAAL_NETWERK', DATE '2007-06-01', 4, FALSE)");
            s.execute("INSERT INTO pgb_budget (budgetnummer, client_id, gemeente_code, omschrijving, ingang, einde, bedrag, per_week, reiskosten_in_plan, "
                    + "minderjarigen, wissel, status, regelset_versie, aangemaakt_door, aangemaakt_op) SELECT CONCAT('B25-', bsn), id, '0222', 'Vorig jaar', "
                    + "DATE '2025-01-01', DATE '2025-12-31', 1500.00, 29.00, TRUE, FALSE, FALSE, 'ACTIEF', '0222-2017-03-01', 'test', CURRENT_TIMESTAMP FROM client "
                    + "WHERE bsn BETWEEN '" + bsn(10) + "' AND '" + bsn(19) + "'");
            s.execute("INSERT INTO pgb_budget (budgetnummer, client_id, gemeente_code, omschrijving, ingang, einde, bedrag, per_week, reiskosten_in_plan, "
                    + "minderjarigen, wissel, status, regelset_versie, aangemaakt_door, aangemaakt_op) SELECT CONCAT('B26-', bsn), id, '0222', 'Erbij', "
                    + "DATE '2026-03-01', DATE '2027-02-28', 900.00, 17.00, FALSE, FALSE, FALSE, 'ACTIEF', '0222-2017-03-01', 'test', CURRENT_TIMESTAMP FROM client "
                    + "WHERE bsn BETWEEN '" + bsn(20) + "' AND '" + bsn(24) + "'");
            s.execute("UPDATE pgb_budget SET reiskosten_in_plan = FALSE WHERE budgetnummer BETWEEN 'B-" + bsn(50) + "' AND 'B-" + bsn(59) + "'");
            s.execute("UPDATE pgb_budget SET buitenland_vanaf = DATE '2026-01-20' WHERE budgetnummer BETWEEN 'B-" + bsn(60) + "' AND 'B-" + bsn(64) + "'");
            s.execute("UPDATE pgb_budget SET minderjarigen = TRUE WHERE budgetnummer BETWEEN 'B-" + bsn(70) + "' AND 'B-" + bsn(79) + "'");
            s.execute("INSERT INTO pgb_overeenkomst (budget_id, zorgverlener_id, goedgekeurd) SELECT b.id, z.id, TRUE FROM pgb_budget b JOIN client c "
                    + "ON c.id = b.client_id JOIN pgb_zorgverlener z ON z.code IN ('ZV-P', 'ZV-J') OR (b.budgetnummer NOT LIKE 'B-%' "
                    + "AND z.code = CONCAT('ZV-', MOD(CAST(c.bsn AS INTEGER) - 100000000, 10))) WHERE c.bsn <> '" + bsn(7) + "'");
        }
        c.commit();
    }

    /** A reproducible mix of kinds of costs, periods (7 and 14 days, 2024-2028), hours, amounts and hulpen; no two lines with the same key. */
    static List<String> willekeurig(long zaad, int aantal) {
        java.util.Random r = new java.util.Random(zaad);
        java.util.Set<String> sleutels = new java.util.HashSet<>();
        List<String> regels = new java.util.ArrayList<>();
        String[] soorten = {"zorg", "zorg", "zorg", "zorg", "reiskosten", "logeeropvang", "vakantiegeld", "maandloon", "tussenpersoon", "boodschappen"};
        while (regels.size() < aantal) {
            int client = r.nextInt(CLIENTEN);
            int k = r.nextInt(10);
            String zv = k < 7 ? "ZV-" + client % 10 : k == 7 ? "ZV-P" : k == 8 ? "ZV-J" : "ZV-" + r.nextInt(10);
            int j = r.nextInt(20);
            LocalDate van = j == 0 ? LocalDate.of(2024, 6, 3) : j == 1 ? LocalDate.of(2025, 11, 3).plusWeeks(r.nextInt(8))
                    : j == 2 ? LocalDate.of(2027, 1, 4).plusWeeks(r.nextInt(10)) : j == 3 ? LocalDate.of(2028, 2, 7)
                    : LocalDate.of(2026, 1, 5).plusWeeks(r.nextInt(16));
            LocalDate tot = van.plusDays(r.nextInt(4) == 0 ? 13 : 6);
            String soort = soorten[r.nextInt(soorten.length)];
            String uren = "";
            String km = "";
            String bedrag;
            switch (soort) {
                case "zorg" -> {
                    int u = 4 + r.nextInt(40);
                    uren = String.valueOf(u);
                    bedrag = (u * (15 + r.nextInt(45))) + ",00";
                }
                case "reiskosten" -> {
                    int x = 20 + r.nextInt(200);
                    km = String.valueOf(x);
                    bedrag = (x * 3 / 10) + ",00";
                }
                case "logeeropvang" -> {
                    int e = 1 + r.nextInt(3);
                    uren = String.valueOf(e);
                    bedrag = (e * (100 + r.nextInt(50))) + ",00";
                }
                default -> bedrag = (50 + r.nextInt(400)) + ",50";
            }
            String sleutel = client + zv + van + tot + soort;
            if (sleutels.add(sleutel)) {
                regels.add(bsn(client) + ";" + zv + ";" + DMY.format(van) + ";" + DMY.format(tot) + ";" + uren + ";" + bedrag + ";" + soort + ";" + km + "\n");
            }
        }
        return regels;
    }

    long nieuweImport() throws Exception {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO pgb_declaratieimport (gemeente_code, bestandsnaam, gebruikersnaam, ingelezen_op, "
                + "regels, goedgekeurd, afgewezen, al_aanwezig, te_betalen, status) VALUES ('0222', 'test.csv', 'test', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0, "
                + "'INGELEZEN')", Statement.RETURN_GENERATED_KEYS)) {
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** Everything one import wrote, per line (without the generated ids). */
    List<String> rijen(long importId) throws Exception {
        List<String> uit = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT d.regelnummer, b.budgetnummer, z.code, d.periode_van, d.periode_tot, "
                + "d.kostensoort, d.kostensoort_tekst, d.uren, d.bedrag, d.km, CASE WHEN d.goedgekeurd THEN 'ja' ELSE 'nee' END, d.regels, d.motivering "
                + "FROM pgb_declaratie d JOIN pgb_budget b ON b.id = d.budget_id JOIN pgb_zorgverlener z ON z.id = d.zorgverlener_id "
                + "WHERE d.import_id = " + importId + " ORDER BY d.regelnummer")) {
            while (rs.next()) {
                StringBuilder r = new StringBuilder();
                for (int i = 1; i <= 13; i++) {
                    r.append(rs.getString(i)).append(" | ");
                }
                uit.add(r.toString());
            }
        }
        return uit;
    }

    record Vergelijking(List<Object> telling, List<String> fouten, java.util.Set<String> budgetten, List<String> rijen) {
    }

    Vergelijking oud(String csv) throws Exception {
        long id = nieuweImport();
        PerBlokInlezing.Uitkomst u = new PerBlokInlezing(c, "0222", id, REGELBOEK::versie).lees(new StringReader(csv));
        Vergelijking v = new Vergelijking(List.of(u.regels(), u.goedgekeurd(), u.afgewezen(), u.alAanwezig(), u.foutregels(), u.teBetalen()), u.fouten(),
                u.budgetten().stream().map(b -> b.budgetId() + "/" + b.clientId() + "/" + b.goedgekeurd() + "/" + b.afgewezen())
                        .collect(java.util.stream.Collectors.toSet()), rijen(id));
        c.rollback();
        return v;
    }

    Vergelijking nieuw(String csv) throws Exception {
        long id = nieuweImport();
        DeclaratieInlezing.Uitkomst u = importeer(csv, id);
        Vergelijking v = new Vergelijking(List.of(u.regels(), u.goedgekeurd(), u.afgewezen(), u.alAanwezig(), u.foutregels(), u.teBetalen()), u.fouten(),
                u.budgetten().stream().map(b -> b.budgetId() + "/" + b.clientId() + "/" + b.goedgekeurd() + "/" + b.afgewezen())
                        .collect(java.util.stream.Collectors.toSet()), rijen(id));
        c.rollback();
        return v;
    }

    @Test
    @DisplayName("Set-gebaseerd gelijk aan de verwerking per blok: per regel hetzelfde budget, oordeel, regel-id's (P-03, P-05, P-06, P-08, P-09, "
            + "P-10, P-11, P-12, P-14) en motivering, dezelfde meldingen en tellingen, ook bovenop een eerdere import")
    void gelijkAanDeOudeVerwerkingPerBlok() throws Exception {
        meerVerscheidenheid();
        // An earlier import (old path, committed): existing approved and rejected declaraties, some with the keys of the new file.
        List<String> eerder = willekeurig(1, 700);
        long eersteImport = nieuweImport();
        new PerBlokInlezing(c, "0222", eersteImport, REGELBOEK::versie).lees(new StringReader(KOP + String.join("", eerder)));
        c.commit();

        List<String> regels = willekeurig(2, 1400);
        regels.addAll(eerder.subList(0, 100)); // already there: "al aanwezig"
        String schoon = KOP + String.join("", regels);
        Vergelijking oud = oud(schoon);
        Vergelijking nieuw = nieuw(schoon);
        assertThat(oud.fouten()).isEmpty();
        assertThat(nieuw.telling()).isEqualTo(oud.telling());
        assertThat(nieuw.budgetten()).isEqualTo(oud.budgetten());
        assertThat(nieuw.rijen()).containsExactlyElementsOf(oud.rijen());
        assertThat((Long) oud.telling().get(3)).isGreaterThanOrEqualTo(100L); // the 100 copied lines, plus chance overlaps of the two random files
        String alleRegels = String.join("", oud.rijen());
        for (String id : List.of("P-03", "P-05", "P-06", "P-08", "P-09", "P-10", "P-11", "P-12", "P-14")) {
            assertThat(alleRegels).as("het scenario raakt " + id).contains(id);
        }

        // With errors in between (form, unknown budget holder and hulp, both, a duplicate across blocks): the same messages in file order.
        List<String> fout = new java.util.ArrayList<>(regels);
        fout.add(3, "999999999;ZV-1;05-01-2026;11-01-2026;10;200,00;zorg;\n");
        fout.add(600, bsn(3) + ";ZV-404;05-01-2026;11-01-2026;10;200,00;zorg;\n");
        fout.add(700, "999999998;ZV-405;05-01-2026;11-01-2026;10;200,00;zorg;\n");
        fout.add(800, bsn(4) + ";ZV-4;05-01-2026;11-01-2026;10;abc;zorg;\n");
        fout.add(fout.get(5));
        fout.add(fout.get(1200));
        String metFouten = KOP + String.join("", fout);
        Vergelijking oudF = oud(metFouten);
        Vergelijking nieuwF = nieuw(metFouten);
        assertThat(oudF.fouten()).hasSize(7); // line 702 has two
        assertThat(nieuwF.fouten()).containsExactlyElementsOf(oudF.fouten());
        assertThat(nieuwF.telling()).isEqualTo(oudF.telling());
    }
}
