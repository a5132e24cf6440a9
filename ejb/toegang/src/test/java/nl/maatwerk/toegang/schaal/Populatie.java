package nl.maatwerk.toegang.schaal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a Maatwerk database (H2 or PostgreSQL, schema made by Flyway and gemeenten by the application's first start)
 * with a seeded population for the benchmark: by default 100,000 clients over the gemeenten, three meldingen each on
 * average spread over three years, the older ones closed with a sent beschikking, the recent ones open on the
 * werkvoorraad with their next deadline, and a mantelzorger for one client in three. Plain JDBC batches; the same
 * seed gives the same population. Run it while the server is stopped (the embedded H2 file is locked otherwise).
 *
 * <pre>mvn -B -q -pl ejb/toegang -am process-test-classes -Ppopulatie -Dpopulatie.url=jdbc:h2:... [-Dpopulatie.clienten=100000]</pre>
 */
public final class Populatie {

    private static final String[] ACHTERNAMEN = {"Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
            "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
            "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Jong", "Schouten", "Willems", "Wolters"};
    private static final String[] VOORNAMEN = {"Anna", "Maria", "Johanna", "Hendrika", "Cornelia", "Jan", "Johannes",
            "Gerrit", "Hendrik", "Willem", "Pieter", "Aaltje", "Geertruida", "Theodorus", "Mohamed", "Fatima", "Sanne", "Daan"};
    private static final String[] HULPVRAGEN = {"Kan de trap niet meer op", "Hulp bij het huishouden", "Vervoer naar de dagbesteding",
            "Rolstoel voor buiten", "Begeleiding bij de administratie", "Douchen lukt niet meer zelf", "Woning aanpassen"};
    private static final String[] BEHANDELAARS = {"consulent.doetinchem", "consulent.lochem", "intake.isd", "consulent.a",
            "consulent.b", "consulent.c", "consulent.d", null};
    private static final String[] OPEN_FASEN = {"MELDING", "ONDERZOEK", "VERSLAG", "AANVRAAG", "VOORNEMEN", "GOEDKEURING"};
    private static final String[] REGEL_PER_FASE = {"T-16", "T-04", "T-09", "T-11", "T-11", "T-11"};

    public static void main(String[] args) throws SQLException {
        String url = vereist("populatie.url");
        String gebruiker = System.getProperty("populatie.gebruiker", url.startsWith("jdbc:h2") ? "" : "maatwerk"); // the embedded H2 has no user
        String wachtwoord = System.getProperty("populatie.wachtwoord", "");
        int aantal = Integer.getInteger("populatie.clienten", 100_000);
        long seed = Long.getLong("populatie.seed", 20260101L);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, gebruiker, wachtwoord)) {
            c.setAutoCommit(false);
            var telling = new Populatie(c, new Random(seed), LocalDate.now()).vul(aantal);
            System.out.printf("Populatie: %d cliënten, %d meldingen, %d beschikkingen, %d mantelzorgers in %d s%n", telling[0],
                    telling[1], telling[2], telling[3], (System.nanoTime() - start) / 1_000_000_000L);
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // After a bulk load H2's file is half empty and PostgreSQL has neither statistics nor a
                // visibility map (no index-only scans); the server would spend the first minutes of a benchmark
                // on compaction (measured: a quarter of its CPU) or heap reads. Settle both now, as
                // autovacuum and H2's background writer would in daily use.
                s.execute(url.startsWith("jdbc:h2") ? "SHUTDOWN COMPACT" : "VACUUM ANALYZE");
            }
        }
    }

    private final Connection c;
    private final Random r;
    private final LocalDate vandaag;

    Populatie(Connection c, Random r, LocalDate vandaag) {
        this.c = c;
        this.r = r;
        this.vandaag = vandaag;
    }

    long[] vul(int aantal) throws SQLException {
        List<String> gemeenten = new ArrayList<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT code FROM gemeente ORDER BY code")) {
            while (rs.next()) gemeenten.add(rs.getString(1));
        }
        if (gemeenten.isEmpty()) {
            throw new IllegalStateException("Geen gemeenten: start de applicatie eerst één keer op deze database (Flyway en demodata).");
        }
        long clientId = volgende("client") , meldingId = volgende("melding"), beschikkingId = volgende("beschikking");
        long eersteClient = clientId, eersteMelding = meldingId, eersteBeschikking = beschikkingId;
        long mantelzorgers = 0;
        long bsn = eersteBsn(); // 8-digit bases above the demo and test clients' ranges, after an earlier run
        try (PreparedStatement pc = c.prepareStatement("INSERT INTO client (id, bsn, voornamen, achternaam, achternaam_zoek, "
                + "geboortedatum, straat, huisnummer, postcode, woonplaats, gemeente_code, geregistreerd_op, version) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)");
             PreparedStatement pb = c.prepareStatement("INSERT INTO betrokkene (client_id, soort, naam, relatie, adres, version) "
                     + "VALUES (?,'MANTELZORGER',?,?,?,0)");
             PreparedStatement pm = c.prepareStatement("INSERT INTO melding (id, client_id, gemeente_code, moment, kanaal, gemeld_door, "
                     + "hulpvraag, clientondersteuning_aangeboden, toegangsniveau, behandelaar, fase, afgesloten, volgende_termijn, "
                     + "termijn_regel, termijn_omschrijving, onderzoek_uiterlijk, beschikking_uiterlijk, ontvangst_bevestigen_uiterlijk, "
                     + "ontvangst_bevestigd_op, regelset_versie, version) VALUES (?,?,?,?,'TELEFONISCH','CLIENT',?,TRUE,'CONSULENT',?,?,?,?,?,?,?,?,?,?,?,0)");
             PreparedStatement pz = c.prepareStatement("INSERT INTO beschikking (id, melding_id, client_id, gemeente_code, soort, "
                     + "voorziening, beschikkingsdatum, ingangsdatum, einddatum, regelset_versie, conclusie, motivering, afwijkend, "
                     + "opgesteld_door, status, verzonden_op, bezwaar_uiterlijk, bijdrage, version) "
                     + "VALUES (?,?,?,?,'TOEKENNING_NATURA',?,?,?,?,?,'MAATWERKVOORZIENING_AANGEWEZEN',?,FALSE,?,'VERZONDEN',?,?,?,0)")) {
            for (int i = 0; i < aantal; i++) {
                String gemeente = gemeenten.get(i % gemeenten.size());
                String versie = switch (gemeente) {
                    case "0222" -> "0222-2017-03-01";
                    case "0262" -> "0262-2016-06-01";
                    default -> "-";
                };
                String achternaam = ACHTERNAMEN[r.nextInt(ACHTERNAMEN.length)];
                pc.setLong(1, clientId);
                while (elfproef(bsn) < 0) bsn++;
                pc.setString(2, String.format("%08d", bsn) + elfproef(bsn));
                bsn++;
                pc.setString(3, VOORNAMEN[r.nextInt(VOORNAMEN.length)]);
                pc.setString(4, achternaam);
                pc.setString(5, achternaam.toLowerCase().replace(" ", ""));
                pc.setObject(6, LocalDate.of(1930 + r.nextInt(70), 1 + r.nextInt(12), 1 + r.nextInt(28)));
                pc.setString(7, "Dorpsstraat");
                pc.setString(8, String.valueOf(1 + r.nextInt(200)));
                pc.setString(9, String.format("%04d%s", 1000 + r.nextInt(9000), "AB"));
                pc.setString(10, "Woonplaats");
                pc.setString(11, gemeente);
                pc.setTimestamp(12, Timestamp.valueOf(LocalDateTime.now().withNano(0)));
                pc.addBatch();
                if (r.nextInt(3) == 0) {
                    pb.setLong(1, clientId);
                    pb.setString(2, VOORNAMEN[r.nextInt(VOORNAMEN.length)] + " " + achternaam);
                    pb.setString(3, "kind");
                    pb.setString(4, "Elders " + (1 + r.nextInt(99)) + ", Zwolle");
                    pb.addBatch();
                    mantelzorgers++;
                }
                int meldingen = 1 + r.nextInt(5); // 1..5, three on average
                for (int j = 0; j < meldingen; j++) {
                    LocalDate datum = vandaag.minusDays(r.nextInt(3 * 365));
                    boolean open = datum.isAfter(vandaag.minusDays(90)) && r.nextInt(3) > 0;
                    int fase = r.nextInt(OPEN_FASEN.length);
                    LocalDate termijn = open ? datum.plusWeeks(2 + fase * 2L) : null;
                    pm.setLong(1, meldingId);
                    pm.setLong(2, clientId);
                    pm.setString(3, gemeente);
                    pm.setTimestamp(4, Timestamp.valueOf(datum.atTime(9 + r.nextInt(8), 0)));
                    pm.setString(5, HULPVRAGEN[r.nextInt(HULPVRAGEN.length)]);
                    pm.setString(6, BEHANDELAARS[r.nextInt(BEHANDELAARS.length)]);
                    pm.setString(7, open ? OPEN_FASEN[fase] : "BESLOTEN");
                    pm.setBoolean(8, !open);
                    pm.setObject(9, termijn);
                    pm.setString(10, open ? REGEL_PER_FASE[fase] : null);
                    pm.setString(11, open ? "Gegenereerde termijn" : "Beschikking verzonden");
                    pm.setObject(12, datum.plusWeeks(6));
                    pm.setObject(13, datum.plusWeeks(8));
                    pm.setObject(14, datum.plusDays(3));
                    pm.setObject(15, datum.plusDays(1));
                    pm.setString(16, versie);
                    pm.addBatch();
                    if (!open && r.nextInt(5) < 2) {
                        LocalDate besluit = datum.plusWeeks(7);
                        pz.setLong(1, beschikkingId++);
                        pz.setLong(2, meldingId);
                        pz.setLong(3, clientId);
                        pz.setString(4, gemeente);
                        pz.setString(5, HULPVRAGEN[r.nextInt(HULPVRAGEN.length)]);
                        pz.setObject(6, besluit);
                        pz.setObject(7, besluit);
                        pz.setObject(8, besluit.plusYears(1 + r.nextInt(5)));
                        pz.setString(9, versie);
                        pz.setString(10, "Gegenereerd voor de benchmark (C-01, C-02, C-13).");
                        pz.setString(11, "consulent.a");
                        pz.setObject(12, besluit);
                        pz.setObject(13, besluit.plusWeeks(6));
                        pz.setString(14, "U betaalt een eigen bijdrage volgens het CAK.");
                        pz.addBatch();
                    }
                    meldingId++;
                }
                clientId++;
                if (i % 1000 == 999 || i == aantal - 1) {
                    pc.executeBatch();
                    pb.executeBatch();
                    pm.executeBatch();
                    pz.executeBatch();
                    c.commit();
                    if (i % 10_000 == 9_999) {
                        System.out.printf("  %d cliënten%n", i + 1);
                    }
                }
            }
        }
        herstart("client", clientId);
        herstart("melding", meldingId);
        herstart("beschikking", beschikkingId);
        c.commit();
        return new long[]{clientId - eersteClient, meldingId - eersteMelding, beschikkingId - eersteBeschikking, mantelzorgers};
    }

    private long eersteBsn() throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT MAX(bsn) FROM client WHERE bsn >= '400000000' AND bsn < '900000000'")) {
            return rs.next() && rs.getString(1) != null ? Long.parseLong(rs.getString(1).substring(0, 8)) + 1 : 40_000_000L;
        }
    }

    private long volgende(String tabel) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + tabel)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Explicit ids were inserted: the identity continues after them (same statement on H2 and PostgreSQL). */
    private void herstart(String tabel, long volgende) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + tabel + " ALTER COLUMN id RESTART WITH " + volgende);
        }
    }

    /** The check digit that makes base + digit pass the elfproef, or -1 when no digit does. */
    static int elfproef(long basis) {
        String s = String.format("%08d", basis);
        int som = 0;
        for (int i = 0; i < 8; i++) som += (9 - i) * (s.charAt(i) - '0');
        int controle = som % 11;
        return controle < 10 ? controle : -1;
    }

    private static String vereist(String sleutel) {
        String w = System.getProperty(sleutel);
        if (w == null || w.isBlank()) {
            throw new IllegalArgumentException("Geef -D" + sleutel + "=...");
        }
        return w;
    }
}
