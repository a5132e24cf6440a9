package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.kern.Gemeente;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Eén ingelezen declaratiebestand met de telling en het akkoord op de betaling (vier ogen: boven
 * {@code pgb.vier_ogen.bedrag} een tweede akkoord van een andere FINANCIEEL of TEAMLEIDER).
 */
@Entity
@Table(name = "pgb_declaratieimport")
public class Declaratieimport {

    public enum Status { INGELEZEN, WACHT_OP_TWEEDE, BETAALBAAR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @NotBlank
    @Size(max = 255, message = "De bestandsnaam mag hoogstens 255 tekens zijn.")
    private String bestandsnaam;

    @NotBlank
    private String gebruikersnaam;

    @NotNull
    @Column(name = "ingelezen_op")
    private LocalDateTime ingelezenOp;

    private int regels;
    private int goedgekeurd;
    private int afgewezen;
    @Column(name = "al_aanwezig")
    private int alAanwezig;

    @NotNull
    @Column(name = "te_betalen")
    private BigDecimal teBetalen = BigDecimal.ZERO;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status = Status.INGELEZEN;

    @Column(name = "eerste_akkoord")
    private String eersteAkkoord;
    @Column(name = "eerste_akkoord_op")
    private LocalDateTime eersteAkkoordOp;
    @Column(name = "tweede_akkoord")
    private String tweedeAkkoord;
    @Column(name = "tweede_akkoord_op")
    private LocalDateTime tweedeAkkoordOp;

    @Version
    private long version;

    protected Declaratieimport() {
    }

    public Declaratieimport(Gemeente gemeente, String bestandsnaam, String gebruikersnaam, LocalDateTime ingelezenOp) {
        this.gemeente = gemeente;
        this.bestandsnaam = bestandsnaam;
        this.gebruikersnaam = gebruikersnaam;
        this.ingelezenOp = ingelezenOp;
    }

    public void telling(int regels, int goedgekeurd, int afgewezen, int alAanwezig, BigDecimal teBetalen) {
        this.regels = regels;
        this.goedgekeurd = goedgekeurd;
        this.afgewezen = afgewezen;
        this.alAanwezig = alAanwezig;
        this.teBetalen = teBetalen;
    }

    /** Geeft akkoord op de betaling; boven de grens is daarna nog een tweede akkoord van een ander nodig. */
    public void akkoord(String gebruiker, BigDecimal grens, LocalDateTime op) {
        Akkoordstatus nu = switch (status) {
            case INGELEZEN -> Akkoordstatus.OPEN;
            case WACHT_OP_TWEEDE -> Akkoordstatus.WACHT_OP_TWEEDE;
            case BETAALBAAR -> Akkoordstatus.AKKOORD;
        };
        Akkoordstatus volgende = nu.na(gebruiker, eersteAkkoord, teBetalen.compareTo(grens) > 0);
        if (nu == Akkoordstatus.OPEN) {
            eersteAkkoord = gebruiker;
            eersteAkkoordOp = op;
        } else {
            tweedeAkkoord = gebruiker;
            tweedeAkkoordOp = op;
        }
        status = volgende == Akkoordstatus.AKKOORD ? Status.BETAALBAAR : Status.WACHT_OP_TWEEDE;
    }

    public Long getId() { return id; }
    public Gemeente getGemeente() { return gemeente; }
    public String getBestandsnaam() { return bestandsnaam; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public LocalDateTime getIngelezenOp() { return ingelezenOp; }
    public int getRegels() { return regels; }
    public int getGoedgekeurd() { return goedgekeurd; }
    public int getAfgewezen() { return afgewezen; }
    public int getAlAanwezig() { return alAanwezig; }
    public BigDecimal getTeBetalen() { return teBetalen; }
    public Status getStatus() { return status; }
    public String getEersteAkkoord() { return eersteAkkoord; }
    public LocalDateTime getEersteAkkoordOp() { return eersteAkkoordOp; }
    public String getTweedeAkkoord() { return tweedeAkkoord; }
    public LocalDateTime getTweedeAkkoordOp() { return tweedeAkkoordOp; }
    public long getVersion() { return version; }
}
