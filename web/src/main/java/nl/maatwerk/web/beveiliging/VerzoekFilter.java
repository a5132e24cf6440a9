package nl.maatwerk.web.beveiliging;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.maatwerk.domain.audit.Kanaal;
import nl.maatwerk.kern.audit.Verzoekcontext;

import java.io.IOException;

/** Tells the audit log through which door a request came, and sets safe response headers. */
@WebFilter(urlPatterns = "/*")
public class VerzoekFilter extends HttpFilter {

    @Inject
    Verzoekcontext verzoek;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        verzoek.zet(MaatwerkAuthenticatie.isApi(request) ? Kanaal.API : Kanaal.SCHERM, request.getRemoteAddr());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
