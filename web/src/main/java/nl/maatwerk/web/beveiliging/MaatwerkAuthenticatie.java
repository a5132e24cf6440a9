package nl.maatwerk.web.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for both doors of the application, because Jakarta Security allows one per
 * application: the screens log on through the JSF login page (form, session), the API through
 * HTTP Basic (no redirects, a 401 with a challenge instead). Both keep the log-on in the session.
 *
 * <p>The session is kept by this class, not by {@code @AutoApplySession}: Payara 6 restores an
 * auto-applied session through a security context shared between threads, and under concurrent
 * requests some of them lose the caller's groups and get a 403 (payara/Payara#6145, fixed upstream
 * only after 6.2025.10; measured here: 4-5 % of 3,000 API calls by 20 users). Re-announcing the
 * caller and groups from our own session attribute on every request avoids that path.
 */
@ApplicationScoped
public class MaatwerkAuthenticatie implements HttpAuthenticationMechanism {

    /** The caller validated at log-on, kept in the HTTP session. */
    record Aanmelding(String naam, Set<String> groepen) implements Serializable {
        Aanmelding {
            groepen = Set.copyOf(groepen);
        }
    }

    static final String AANMELDING = "maatwerk.aanmelding";

    public static final String OORSPRONKELIJKE_URL = "maatwerk.oorspronkelijkeUrl";
    static final String LOGIN_PAGINA = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // SecurityContext.authenticate() from the login page.
            CredentialValidationResult resultaat = identityStore.validate(credential);
            return resultaat.getStatus() == CredentialValidationResult.Status.VALID
                    ? aangemeld(request, context, resultaat)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession sessie = request.getSession(false);
        if (sessie != null && sessie.getAttribute(AANMELDING) instanceof Aanmelding aanmelding) {
            return context.notifyContainerAboutLogin(aanmelding.naam(), aanmelding.groepen());
        }
        if (isApi(request)) {
            return api(request, response, context);
        }
        if (context.isProtected()) {
            return naarAanmelden(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] delen = decodeer(header.substring(6).trim());
            if (delen != null) {
                CredentialValidationResult resultaat = identityStore.validate(new UsernamePasswordCredential(delen[0], delen[1]));
                if (resultaat.getStatus() == CredentialValidationResult.Status.VALID) {
                    return aangemeld(request, context, resultaat);
                }
            }
            return uitdaging(response, context);
        }
        return context.isProtected() ? uitdaging(response, context) : context.doNothing();
    }

    private static AuthenticationStatus aangemeld(HttpServletRequest request, HttpMessageContext context,
                                                  CredentialValidationResult resultaat) {
        Aanmelding aanmelding = new Aanmelding(resultaat.getCallerPrincipal().getName(), resultaat.getCallerGroups());
        request.getSession(true).setAttribute(AANMELDING, aanmelding);
        return context.notifyContainerAboutLogin(aanmelding.naam(), aanmelding.groepen());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // request.logout(): the session must not log the caller on again.
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            sessie.removeAttribute(AANMELDING);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static AuthenticationStatus uitdaging(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Maatwerk\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus naarAanmelden(HttpServletRequest request, HttpServletResponse response,
                                                      HttpMessageContext context) {
        String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        request.getSession().setAttribute(OORSPRONKELIJKE_URL, url);
        String login = request.getContextPath() + LOGIN_PAGINA;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax call after the session expired: let JSF's client code follow the redirect.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return context.redirect(login);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** user:password from a Basic header, or null when it is not well-formed. */
    static String[] decodeer(String base64) {
        try {
            String tekst = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int dubbelepunt = tekst.indexOf(':');
            return dubbelepunt <= 0 ? null : new String[]{tekst.substring(0, dubbelepunt), tekst.substring(dubbelepunt + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
