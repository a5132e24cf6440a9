package nl.maatwerk.web.schermen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.maatwerk.kern.beveiliging.AanmeldBeleid;
import nl.maatwerk.web.beveiliging.MaatwerkAuthenticatie;

import java.io.IOException;

@Named
@RequestScoped
public class Aanmelden {

    @Inject
    SecurityContext securityContext;

    private String gebruikersnaam;
    private String wachtwoord;

    public String aanmelden() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        String oorspronkelijk = (String) ec.getSessionMap().get(MaatwerkAuthenticatie.OORSPRONKELIJKE_URL);
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(gebruikersnaam == null ? "" : gebruikersnaam.strip(),
                        new Password(wachtwoord == null ? "" : wachtwoord)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId(); // no session fixation
                ec.getSessionMap().remove(MaatwerkAuthenticatie.OORSPRONKELIJKE_URL);
                ec.redirect(oorspronkelijk != null && oorspronkelijk.startsWith(request.getContextPath() + "/")
                        ? oorspronkelijk : request.getContextPath() + "/index.xhtml");
                fc.responseComplete();
            }
            case SEND_CONTINUE -> fc.responseComplete();
            default -> Meldingen.fout("Onjuiste gebruikersnaam of wachtwoord. Na " + AanmeldBeleid.MAXIMAAL_MISLUKT
                    + " mislukte pogingen wordt het account " + AanmeldBeleid.BLOKKADE.toMinutes()
                    + " minuten geblokkeerd.");
        }
        return null;
    }

    public String afmelden() throws ServletException {
        FacesContext fc = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) fc.getExternalContext().getRequest();
        request.logout();
        fc.getExternalContext().invalidateSession();
        return "/login.xhtml?faces-redirect=true&afgemeld=true";
    }

    public String getGebruikersnaam() { return gebruikersnaam; }
    public void setGebruikersnaam(String gebruikersnaam) { this.gebruikersnaam = gebruikersnaam; }
    public String getWachtwoord() { return wachtwoord; }
    public void setWachtwoord(String wachtwoord) { this.wachtwoord = wachtwoord; }
}
