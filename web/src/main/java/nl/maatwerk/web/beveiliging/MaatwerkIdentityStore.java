package nl.maatwerk.web.beveiliging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import nl.maatwerk.kern.beveiliging.Aanmelding;

/** Users, PBKDF2 hashes, lock-out and audit live in the database; the kern decides. */
@ApplicationScoped
public class MaatwerkIdentityStore implements IdentityStore {

    @EJB
    Aanmelding aanmelding;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return aanmelding.controleer(credential.getCaller(), credential.getPasswordAsString())
                .map(a -> new CredentialValidationResult(a.gebruikersnaam(), a.rollen()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
