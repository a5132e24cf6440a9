package nl.maatwerk.dienstverlening.regels;

import java.util.Arrays;
import java.util.Optional;

/** De grondslag (aard van de beperking) waarop dienstverlening wordt geïndiceerd (001 §4.1.4); sleutels als in de regelset. */
public enum Grondslag {
    SOMATISCH("somatisch", "somatische aandoening"),
    PSYCHOGERIATRISCH("psychogeriatrisch", "psychogeriatrische aandoening"),
    LICHAMELIJK("lichamelijk", "lichamelijke beperking"),
    PSYCHIATRISCH("psychiatrisch", "psychiatrische aandoening"),
    VERSTANDELIJK("verstandelijk", "verstandelijke beperking"),
    ZINTUIGLIJK("zintuiglijk", "zintuiglijke beperking");

    private final String sleutel;
    private final String omschrijving;

    Grondslag(String sleutel, String omschrijving) {
        this.sleutel = sleutel;
        this.omschrijving = omschrijving;
    }

    public String sleutel() {
        return sleutel;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Optional<Grondslag> opSleutel(String s) {
        return Arrays.stream(values()).filter(g -> g.sleutel.equalsIgnoreCase(s) || g.name().equalsIgnoreCase(s)).findFirst();
    }
}
