package nl.maatwerk.web.api.verordening;

import nl.maatwerk.verordening.dienst.VersieInfo;
import nl.maatwerk.verordening.regelset.Bron;
import nl.maatwerk.verordening.regelset.Parameter;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.regelset.RegelsetFout;
import nl.maatwerk.verordening.regelset.RegelsetVerschil;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the regelset API (records, not the engine's classes). */
public final class RegelsetJson {

    private RegelsetJson() {
    }

    public record BronJson(String document, String documentTitel, String artikel, String lid, List<String> regels, String tekst) {
        static BronJson van(Bron b) {
            return new BronJson(b.document(), b.documentTitel(), b.artikel(), b.lid(), b.regels(), b.tekst());
        }
    }

    /** @param waarde as a person reads it ("2000 km/jaar", "€ 20.000,00", "6 weken"); demo = still to be set */
    public record ParameterJson(String sleutel, String type, String waarde, String status, boolean demo, BronJson bron, String toelichting) {
        static ParameterJson van(Parameter p) {
            return new ParameterJson(p.sleutel(), p.type().name(), p.waarde().toString(), p.status().name(), p.isDemo(),
                    BronJson.van(p.bron()), p.toelichting());
        }
    }

    public record VersieJson(String versie, String gemeente, String gemeentenaam, String titel, LocalDate geldigVanaf,
                      LocalDate geldigTot, String status, String herkomst, String geuploadDoor, LocalDateTime geuploadOp,
                      String sha256, Map<String, Long> gebruik, long aantalBeslissingen) {
        static VersieJson van(VersieInfo v) {
            Regelset r = v.regelset();
            return new VersieJson(r.versie(), r.gemeente(), r.gemeentenaam(), r.titel(), r.geldigVanaf(), r.geldigTot(),
                    v.status(LocalDate.now()).name(), v.isMeegeleverd() ? "MEEGELEVERD" : "GEUPLOAD", v.geuploadDoor(),
                    v.geuploadOp(), v.sha256(), v.gebruik(), v.aantalBeslissingen());
        }
    }

    public record GemeenteJson(String gemeente, String gemeentenaam, List<VersieJson> versies) {
    }

    public record RegelBronJson(String regelId, BronJson bron) {
    }

    public record VersieDetailJson(VersieJson versie, List<ParameterJson> parameters, List<RegelBronJson> regels) {
        static VersieDetailJson van(VersieInfo v) {
            return new VersieDetailJson(VersieJson.van(v),
                    v.regelset().parameters().values().stream().map(ParameterJson::van).toList(),
                    v.regelset().regelBronnen().entrySet().stream().map(e -> new RegelBronJson(e.getKey(), BronJson.van(e.getValue()))).toList());
        }
    }

    public record WaardeOpDatumJson(String gemeente, String sleutel, LocalDate datum, String versie, ParameterJson parameter) {
    }

    public record WijzigingJson(String sleutel, ParameterJson oud, ParameterJson nieuw) {
    }

    public record VerschilJson(String versieA, String versieB, List<ParameterJson> toegevoegd, List<ParameterJson> verwijderd,
                        List<WijzigingJson> gewijzigd) {
        static VerschilJson van(RegelsetVerschil v) {
            return new VerschilJson(v.versieA(), v.versieB(), v.toegevoegd().stream().map(ParameterJson::van).toList(),
                    v.verwijderd().stream().map(ParameterJson::van).toList(),
                    v.gewijzigd().stream().map(w -> new WijzigingJson(w.sleutel(), ParameterJson.van(w.oud()), ParameterJson.van(w.nieuw()))).toList());
        }
    }

    public record VastTeStellenJson(String gemeente, String gemeentenaam, String versie, ParameterJson parameter) {
    }

    /** The body of an upload: the YAML text of the regelset. */
    public record UploadJson(String inhoud) {
    }

    public record FoutJson(int regel, String veld, String melding, String tekst) {
        static FoutJson van(RegelsetFout f) {
            return new FoutJson(f.regel(), f.veld(), f.melding(), f.tekst());
        }
    }

    public record UploadFoutenJson(String melding, List<FoutJson> fouten) {
    }
}
