package nl.maatwerk.web.api.verordening;

import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.beoordeling.Afweging;
import nl.maatwerk.verordening.beoordeling.Afwegingsfactor;
import nl.maatwerk.verordening.beoordeling.Feiten;
import nl.maatwerk.verordening.beoordeling.Hardheidsclausule;
import nl.maatwerk.verordening.beoordeling.Oplossing;
import nl.maatwerk.verordening.beoordeling.Rol;
import nl.maatwerk.verordening.beoordeling.Situatie;
import nl.maatwerk.verordening.beoordeling.Toepassingsgrond;
import nl.maatwerk.verordening.beoordeling.Trede;
import nl.maatwerk.verordening.termijn.Duur;
import nl.maatwerk.verordening.termijn.DuurEenheid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client's situation as another system describes it, for {@code POST /api/v1/beoordelingen}. Only gemeente,
 * peildatum and leeftijd are required. Facts the onderzoek always establishes (ladder, voorliggend, noodzaak,
 * weigeringsfeiten, huishouden, afwegingen) lead to "nader onderzoek nodig" when absent; the others mean
 * "not at issue" when absent.
 */
@Schema(description = "Situatie van een cliënt op een peildatum, zoals het onderzoek die vaststelde.")
public record SituatieInvoer(
        @Schema(description = "CBS-gemeentecode", example = "0222", required = true) String gemeente,
        @Schema(description = "Peildatum (jjjj-mm-dd)", example = "2017-06-01", required = true) LocalDate peildatum,
        @Schema(description = "Beslisdatum van een nieuwe aanvraag; kiest de regelset (C-16). Standaard de peildatum.") LocalDate beslisdatum,
        @Schema(description = "In plaats van beslisdatum: een lopende indicatie houdt haar regelset (C-16)") LopendeIndicatie lopendeIndicatie,
        @Schema(description = "Leeftijd van de cliënt in jaren", example = "45", required = true) Integer leeftijd,
        @Schema(description = "C-01 per trede (EIGEN_KRACHT, GEBRUIKELIJKE_HULP, MANTELZORG_EN_SOCIAAL_NETWERK, "
                + "ALGEMEEN_GEBRUIKELIJKE_VOORZIENING, ALGEMENE_VOORZIENING) de oplossing: VOLLEDIG, GEDEELTELIJK of NIET")
        Map<String, String> ladder,
        Voorziening voorziening,
        @Schema(description = "C-07; leeg object of aanspraak=false: geen voorliggende voorziening") Voorliggend voorliggend,
        Wlz wlz,
        Collectief collectief,
        Weigeringsfeiten weigeringsfeiten,
        EerdereVerstrekking eerdereVerstrekking,
        PgbAchteraf pgbAchteraf,
        Noodzaak noodzaak,
        Huishouden huishouden,
        @Schema(description = "C-09: de meegewogen factoren (LEEFOMSTANDIGHEDEN, ZORGVERZEKERINGSWET, JEUGDHULP, ONDERWIJS, "
                + "BETAALD_WERK, PARTICIPATIEWET, GEZINDHEID_LEVENSOVERTUIGING_CULTUUR) of [\"ALLE\"]")
        List<String> afwegingen,
        Voorzienbaarheid voorzienbaarheid,
        Indicatieduur indicatieduur,
        Hardheid hardheidsclausule) {

    public record LopendeIndicatie(String regelsetVersie, LocalDate einde, LocalDate nieuwAanbodAanvaardOp) {
    }

    public record Kenmerken(Boolean speciaalVoorBeperking, Boolean regulierVerkrijgbaar, Boolean prijsVergelijkbaar) {
    }

    public record Voorziening(String soort, Kenmerken kenmerken, Boolean plotselingOntstaan) {
    }

    public record Voorliggend(Boolean aanspraak, String regeling, Boolean gedeeltelijkeVergoeding) {
    }

    public record Wlz(Boolean aanspraakOpVerblijf, Boolean vermoedelijkeAanspraak, Boolean weigertMedewerking) {
    }

    public record Collectief(String omschrijving, Boolean beschikbaar, Boolean passend) {
    }

    public record Weigeringsfeiten(Boolean meerkostenAantoonbaar, Boolean redelijkerwijsZelfTeRegelen) {
    }

    public record EerdereVerstrekking(String soort, LocalDate verstrektOp, Boolean verlorenBuitenSchuld) {
    }

    public record PgbAchteraf(Boolean meldingNietEerderMogelijk, Boolean onherroepelijkeVerplichtingen, Boolean noodzakelijk) {
    }

    public record Noodzaak(Boolean noodzakelijk, Boolean goedkoopstAdequaat, Boolean voornamelijkOpClientGericht) {
    }

    @Schema(description = "C-03; verwachteDuur leeg = langdurig")
    public record Huishouden(Boolean huisgenootKanHelpen, Boolean hulpIsGebruikelijk, DuurInvoer verwachteDuur) {
    }

    @Schema(description = "Een termijn, bijvoorbeeld {\"aantal\": 3, \"eenheid\": \"maanden\"}; eenheden: dagen, weken, maanden, jaren, werkdagen")
    public record DuurInvoer(Integer aantal, String eenheid) {
    }

    public record Voorzienbaarheid(Boolean voorzienbaar, String toelichting) {
    }

    @Schema(description = "C-13: prognose STABIEL, VERSLECHTERING, VERBETERING (met verbeteringBinnen) of BEPERKTE_LEVENSVERWACHTING")
    public record Indicatieduur(String prognose, DuurInvoer verbeteringBinnen, LocalDate ingangsdatum) {
    }

    @Schema(description = "C-10: een verzoek om af te wijken; goedgekeurdDoor/rol/goedgekeurdOp leeg = nog niet goedgekeurd")
    public record Hardheid(String onderwerp, String reden, String goedgekeurdDoor, String rol, LocalDate goedgekeurdOp) {
    }

    /** @throws ValidatieException with a Dutch message per wrong field */
    Situatie naarSituatie() {
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (gemeente == null || gemeente.isBlank()) {
            fouten.add(new ValidatieException.Fout("gemeente", "Gemeente (CBS-code) is verplicht."));
        }
        if (peildatum == null) {
            fouten.add(new ValidatieException.Fout("peildatum", "Peildatum is verplicht (jjjj-mm-dd)."));
        }
        if (leeftijd == null || leeftijd < 0 || leeftijd > 130) {
            fouten.add(new ValidatieException.Fout("leeftijd", "Leeftijd is verplicht, in hele jaren (0 tot 130)."));
        }
        if (lopendeIndicatie != null && (lopendeIndicatie.regelsetVersie() == null || lopendeIndicatie.regelsetVersie().isBlank())) {
            fouten.add(new ValidatieException.Fout("lopendeIndicatie.regelsetVersie", "De regelsetversie van de lopende indicatie is verplicht."));
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        Toepassingsgrond grond = lopendeIndicatie != null
                ? new Toepassingsgrond.LopendeIndicatie(lopendeIndicatie.regelsetVersie(), lopendeIndicatie.einde(), lopendeIndicatie.nieuwAanbodAanvaardOp())
                : new Toepassingsgrond.NieuweAanvraag(beslisdatum != null ? beslisdatum : peildatum);
        Situatie.Bouwer b = Situatie.voor(gemeente.trim(), peildatum, grond).leeftijd(leeftijd);
        if (ladder != null) {
            ladder.forEach((trede, oplossing) -> {
                Trede t = naam(Trede.class, trede, "ladder", fouten);
                Oplossing o = naam(Oplossing.class, oplossing, "ladder." + trede, fouten);
                if (t != null && o != null) {
                    b.ladder(t, o, "");
                }
            });
        }
        if (voorziening != null) {
            if (voorziening.soort() == null || voorziening.soort().isBlank()) {
                fouten.add(new ValidatieException.Fout("voorziening.soort", "De soort voorziening is verplicht."));
            } else {
                Kenmerken k = voorziening.kenmerken();
                b.voorziening(new Feiten.Voorziening(voorziening.soort(), k == null ? null
                        : new Feiten.Kenmerken(ja(k.speciaalVoorBeperking()), ja(k.regulierVerkrijgbaar()), ja(k.prijsVergelijkbaar())),
                        ja(voorziening.plotselingOntstaan())));
            }
        }
        if (voorliggend != null) {
            b.voorliggend(new Feiten.Voorliggend(ja(voorliggend.aanspraak()), voorliggend.regeling(), ja(voorliggend.gedeeltelijkeVergoeding())));
        }
        if (wlz != null) {
            b.wlz(new Feiten.Wlz(ja(wlz.aanspraakOpVerblijf()), ja(wlz.vermoedelijkeAanspraak()), ja(wlz.weigertMedewerking())));
        }
        if (collectief != null) {
            b.collectief(new Feiten.CollectieveVoorziening(collectief.omschrijving() == null ? "" : collectief.omschrijving(),
                    ja(collectief.beschikbaar()), ja(collectief.passend())));
        }
        if (weigeringsfeiten != null) {
            b.weigeringsfeiten(new Feiten.Weigeringsfeiten(ja(weigeringsfeiten.meerkostenAantoonbaar()), ja(weigeringsfeiten.redelijkerwijsZelfTeRegelen())));
        }
        if (eerdereVerstrekking != null) {
            if (eerdereVerstrekking.soort() == null || eerdereVerstrekking.verstrektOp() == null) {
                fouten.add(new ValidatieException.Fout("eerdereVerstrekking", "Soort en verstrektOp van de eerdere verstrekking zijn verplicht."));
            } else {
                b.eerdereVerstrekking(new Feiten.EerdereVerstrekking(eerdereVerstrekking.soort(), eerdereVerstrekking.verstrektOp(),
                        ja(eerdereVerstrekking.verlorenBuitenSchuld())));
            }
        }
        if (pgbAchteraf != null) {
            b.pgbAchteraf(new Feiten.PgbAchteraf(ja(pgbAchteraf.meldingNietEerderMogelijk()), ja(pgbAchteraf.onherroepelijkeVerplichtingen()),
                    ja(pgbAchteraf.noodzakelijk())));
        }
        if (noodzaak != null) {
            b.noodzaak(new Feiten.Noodzaak(ja(noodzaak.noodzakelijk()), ja(noodzaak.goedkoopstAdequaat()), ja(noodzaak.voornamelijkOpClientGericht())));
        }
        if (huishouden != null) {
            b.huishouden(new Feiten.Huishouden(ja(huishouden.huisgenootKanHelpen()), ja(huishouden.hulpIsGebruikelijk()),
                    duur(huishouden.verwachteDuur(), "huishouden.verwachteDuur", fouten)));
        }
        if (afwegingen != null) {
            if (afwegingen.stream().anyMatch(a -> "ALLE".equalsIgnoreCase(a))) {
                b.afwegingen(Arrays.stream(Afwegingsfactor.values()).map(f -> new Afweging(f, "meegewogen")).toList());
            } else {
                List<Afweging> lijst = new ArrayList<>();
                for (String a : afwegingen) {
                    Afwegingsfactor f = naam(Afwegingsfactor.class, a, "afwegingen", fouten);
                    if (f != null) {
                        lijst.add(new Afweging(f, "meegewogen"));
                    }
                }
                b.afwegingen(lijst);
            }
        }
        if (voorzienbaarheid != null) {
            b.voorzienbaarheid(new Feiten.Voorzienbaarheid(ja(voorzienbaarheid.voorzienbaar()), voorzienbaarheid.toelichting()));
        }
        if (indicatieduur != null) {
            Feiten.Prognose p = naam(Feiten.Prognose.class, indicatieduur.prognose(), "indicatieduur.prognose", fouten);
            Duur binnen = duur(indicatieduur.verbeteringBinnen(), "indicatieduur.verbeteringBinnen", fouten);
            if (p == Feiten.Prognose.VERBETERING && binnen == null) {
                fouten.add(new ValidatieException.Fout("indicatieduur.verbeteringBinnen", "Bij verwachte verbetering hoort de termijn van die verbetering."));
            } else if (p != null) {
                b.indicatieduur(new Feiten.Indicatieduur(p, binnen, indicatieduur.ingangsdatum()));
            }
        }
        if (hardheidsclausule != null) {
            Hardheidsclausule.Goedkeuring goedkeuring = null;
            if (hardheidsclausule.goedgekeurdDoor() != null) {
                Rol rol = naam(Rol.class, hardheidsclausule.rol(), "hardheidsclausule.rol", fouten);
                if (rol != null && hardheidsclausule.goedgekeurdOp() != null) {
                    goedkeuring = new Hardheidsclausule.Goedkeuring(hardheidsclausule.goedgekeurdDoor(), rol, hardheidsclausule.goedgekeurdOp());
                } else if (hardheidsclausule.goedgekeurdOp() == null) {
                    fouten.add(new ValidatieException.Fout("hardheidsclausule.goedgekeurdOp", "De datum van de goedkeuring is verplicht."));
                }
            }
            b.hardheidsclausule(new Hardheidsclausule(hardheidsclausule.onderwerp(), hardheidsclausule.reden(), goedkeuring));
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        return b.bouw();
    }

    private static boolean ja(Boolean waarde) {
        return Boolean.TRUE.equals(waarde);
    }

    private static Duur duur(DuurInvoer d, String veld, List<ValidatieException.Fout> fouten) {
        if (d == null) {
            return null;
        }
        var eenheid = d.eenheid() == null ? java.util.Optional.<DuurEenheid>empty() : DuurEenheid.vanNaam(d.eenheid().trim().toLowerCase(Locale.ROOT));
        if (d.aantal() == null || d.aantal() < 0 || eenheid.isEmpty()) {
            fouten.add(new ValidatieException.Fout(veld, "Een termijn heeft een aantal (0 of meer) en een eenheid: dagen, weken, maanden, jaren of werkdagen."));
            return null;
        }
        return new Duur(d.aantal(), eenheid.get());
    }

    private static <E extends Enum<E>> E naam(Class<E> soort, String waarde, String veld, List<ValidatieException.Fout> fouten) {
        try {
            return Enum.valueOf(soort, waarde.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            fouten.add(new ValidatieException.Fout(veld, "Onbekende waarde '" + waarde + "'; toegestaan: "
                    + Arrays.toString(soort.getEnumConstants()) + "."));
            return null;
        }
    }
}
