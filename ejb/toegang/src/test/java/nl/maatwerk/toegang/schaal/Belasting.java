package nl.maatwerk.toegang.schaal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark harness (not a test): N concurrent users, each with its own session, call the werkvoorraad and the
 * client search of a running server, and a static file of the same server as the floor. Reports median, p95 and p99
 * per scenario as a Markdown table. Each user authenticates once with HTTP Basic (PBKDF2 costs ~0.2 s by design);
 * the session cookie carries the later calls, as a logged-on consulent's screens do.
 *
 * <pre>mvn -B -q -pl ejb/toegang -am process-test-classes -Pbelasting -Dbelasting.basis=http://localhost:8080/maatwerk
 *     [-Dbelasting.gebruikers=20] [-Dbelasting.verzoeken=100] [-Dbelasting.gebruiker=teamleider.doetinchem] [-Dbelasting.uit=rapport.md]</pre>
 */
public final class Belasting {

    record Scenario(String naam, String pad, boolean aangemeld) {
    }

    private static final int OPWARMEN = Integer.getInteger("belasting.opwarmen", 10);

    public static void main(String[] args) throws Exception {
        String basis = System.getProperty("belasting.basis", "http://localhost:8080/maatwerk");
        int gebruikers = Integer.getInteger("belasting.gebruikers", 20);
        int verzoeken = Integer.getInteger("belasting.verzoeken", 100);
        String gebruiker = System.getProperty("belasting.gebruiker", "teamleider.doetinchem");
        String wachtwoord = System.getProperty("belasting.wachtwoord", "Maatwerk2026!");
        String[] namen = {"jan", "bak", "vis", "smi", "dev", "mei", "bos", "vos", "dek", "wol"};
        List<Scenario> scenario = List.of(
                new Scenario("statische pagina (vloer)", "/resources/css/maatwerk.css", false),
                new Scenario("werkvoorraad, alle open werk, urgentste eerst", "/api/v1/werkvoorraad?aantal=25", true),
                new Scenario("werkvoorraad, te laat, per behandelaar", "/api/v1/werkvoorraad?aantal=25&teLaat=true&behandelaar=consulent.a", true),
                new Scenario("cliënt zoeken op naam", "/api/v1/clienten?aantal=25&naam=", true));
        StringBuilder rapport = new StringBuilder();
        rapport.append("Benchmark ").append(LocalDateTime.now().withNano(0)).append(" tegen ").append(basis).append(", ")
                .append(gebruikers).append(" gelijktijdige gebruikers (").append(gebruiker).append("), ")
                .append(verzoeken).append(" verzoeken per gebruiker per scenario\n\n")
                .append("| scenario | verzoeken | fouten | mediaan (ms) | p95 (ms) | p99 (ms) | per seconde |\n|---|---|---|---|---|---|---|\n");
        for (Scenario s : scenario) {
            rapport.append(meet(basis, s, gebruikers, verzoeken, gebruiker, wachtwoord, namen)).append('\n');
        }
        System.out.print(rapport);
        String uit = System.getProperty("belasting.uit");
        if (uit != null) {
            Files.writeString(Path.of(uit), rapport, StandardCharsets.UTF_8);
        }
    }

    static String meet(String basis, Scenario s, int gebruikers, int verzoeken, String gebruiker, String wachtwoord, String[] namen)
            throws InterruptedException {
        List<Long> tijden = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger fouten = new AtomicInteger();
        CountDownLatch klaar = new CountDownLatch(gebruikers);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch gereed = new CountDownLatch(gebruikers);
        java.util.Map<String, Integer> soorten = new java.util.concurrent.ConcurrentHashMap<>();
        String basic = "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(gebruikers);
        long[] wandklok = new long[1];
        for (int u = 0; u < gebruikers; u++) {
            int nummer = u;
            pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
                Random r = new Random(nummer);
                try {
                    if (s.aangemeld()) { // log on once: the session carries the rest
                        meldAan(http, basis, basic);
                    }
                    for (int i = 0; i < OPWARMEN; i++) { // untimed: JIT, connection pool and caches warm
                        stuur(http, basis + (s.pad().endsWith("naam=") ? s.pad() + namen[r.nextInt(namen.length)] : s.pad()), null);
                    }
                    gereed.countDown();
                    start.await();
                    for (int i = 0; i < verzoeken; i++) {
                        String pad = s.pad().endsWith("naam=") ? s.pad() + namen[r.nextInt(namen.length)] : s.pad();
                        long t0 = System.nanoTime();
                        int status = stuur(http, basis + pad, null);
                        tijden.add(System.nanoTime() - t0);
                        if (status != 200) {
                            fouten.incrementAndGet();
                            soorten.merge("HTTP " + status, 1, Integer::sum);
                        }
                    }
                } catch (Exception e) {
                    fouten.incrementAndGet();
                    soorten.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                } finally {
                    gereed.countDown();
                    klaar.countDown();
                }
            });
        }
        gereed.await(); // everyone logged on and warmed up: the clock starts now
        long t = System.nanoTime();
        start.countDown();
        klaar.await();
        wandklok[0] = System.nanoTime() - t;
        pool.shutdown();
        List<Long> lijst = new ArrayList<>(tijden);
        Collections.sort(lijst);
        return "| " + s.naam() + " | " + lijst.size() + " | " + fouten.get() + (soorten.isEmpty() ? "" : " " + soorten) + " | " + ms(perc(lijst, 50)) + " | " + ms(perc(lijst, 95))
                + " | " + ms(perc(lijst, 99)) + " | " + Math.round(lijst.size() / (wandklok[0] / 1e9)) + " |";
    }

    private static final Object AANMELDEN = new Object();

    /**
     * One log-on at a time: every log-on updates the user's row (last log-on, failure count) and concurrent log-ons of
     * the same account fail on its optimistic lock (found with this harness; reported to kern).
     */
    private static void meldAan(HttpClient http, String basis, String basic) throws IOException, InterruptedException {
        synchronized (AANMELDEN) {
            for (int poging = 0; poging < 3; poging++) {
                if (stuur(http, basis + "/api/v1/mij", basic) == 200) {
                    return;
                }
            }
            throw new IllegalStateException("Aanmelden mislukt");
        }
    }

    private static int stuur(HttpClient http, String url, String basic) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (basic != null) b.header("Authorization", basic);
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long perc(List<Long> gesorteerd, int p) {
        if (gesorteerd.isEmpty()) return 0;
        int i = (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1;
        return gesorteerd.get(Math.max(0, Math.min(i, gesorteerd.size() - 1)));
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
