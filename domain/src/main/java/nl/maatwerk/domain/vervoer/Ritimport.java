package nl.maatwerk.domain.vervoer;

import jakarta.persistence.*;

import java.time.LocalDateTime;

/** Eén ingelezen rittenbestand en wat ermee gebeurde. */
@Entity
@Table(name = "ritimport")
public class Ritimport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String bestandsnaam;
    private String gebruikersnaam;

    @Column(name = "ingelezen_op")
    private LocalDateTime ingelezenOp;

    private int regels;
    private int opgeslagen;

    @Column(name = "al_aanwezig")
    private int alAanwezig;

    private int afgekeurd;

    @Column(name = "alleen_geldige")
    private boolean alleenGeldige;

    protected Ritimport() {
    }

    public Ritimport(String bestandsnaam, String gebruikersnaam, LocalDateTime ingelezenOp, boolean alleenGeldige) {
        this.bestandsnaam = bestandsnaam;
        this.gebruikersnaam = gebruikersnaam;
        this.ingelezenOp = ingelezenOp;
        this.alleenGeldige = alleenGeldige;
    }

    public void telling(int regels, int opgeslagen, int alAanwezig, int afgekeurd) {
        this.regels = regels;
        this.opgeslagen = opgeslagen;
        this.alAanwezig = alAanwezig;
        this.afgekeurd = afgekeurd;
    }

    public Long getId() { return id; }
    public String getBestandsnaam() { return bestandsnaam; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public LocalDateTime getIngelezenOp() { return ingelezenOp; }
    public int getRegels() { return regels; }
    public int getOpgeslagen() { return opgeslagen; }
    public int getAlAanwezig() { return alAanwezig; }
    public int getAfgekeurd() { return afgekeurd; }
    public boolean isAlleenGeldige() { return alleenGeldige; }
}
