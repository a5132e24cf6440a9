package nl.maatwerk.verordening.dienst;

import nl.maatwerk.verordening.regelset.RegelsetFout;

import java.util.List;

/** The answer to an upload: the accepted version, or every error with its line (and then nothing was stored). */
public record UploadUitkomst(String versie, List<RegelsetFout> fouten) {

    public UploadUitkomst {
        fouten = List.copyOf(fouten);
    }

    public boolean isGelukt() {
        return fouten.isEmpty();
    }
}
