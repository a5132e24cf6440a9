package nl.maatwerk.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the JSON API, as an outside system would use it (HTTP Basic, no session). */
final class Api {

    record Antwoord(int status, String body, HttpResponse<String> response) {
        jakarta.json.JsonArray jsonLijst() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readArray();
            }
        }

        JsonObject json() {
            try (var r = Json.createReader(new StringReader(body))) {
                JsonStructure s = r.read();
                return s.asJsonObject();
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String gebruiker;
    private final String wachtwoord;

    private Api(String gebruiker, String wachtwoord) {
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
    }

    static Api als(String gebruiker) {
        return new Api(gebruiker, Omgeving.WACHTWOORD);
    }

    static Api als(String gebruiker, String wachtwoord) {
        return new Api(gebruiker, wachtwoord);
    }

    static Api anoniem() {
        return new Api(null, null);
    }

    Antwoord get(String pad) {
        return stuur(verzoek(pad).GET());
    }

    /** A binary download (a PDF), with its status. */
    record Bytes(int status, byte[] body, String type) {
    }

    Bytes bytes(String pad) {
        try {
            HttpResponse<byte[]> r = HTTP.send(verzoek(pad).header("Accept", "application/pdf, application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Antwoord post(String pad, String json) {
        return stuur(verzoek(pad).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Antwoord postCsv(String pad, String csv) {
        return stuur(verzoek(pad).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    Antwoord put(String pad, String json) {
        return stuur(verzoek(pad).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder verzoek(String pad) {
        String url = pad.startsWith("http") ? pad : Omgeving.basis() + pad;
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (gebruiker != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static Antwoord stuur(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Antwoord(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
