package nl.maatwerk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the server and calls the EJBs themselves, without any screen or API in front: every
 * business method of every session bean in every EJB module of the real EAR must refuse an anonymous
 * caller, unless the bean or method is deliberately {@code @PermitAll} (log-on, health, rules, audit
 * writer). New area modules are covered automatically.
 */
@ExtendWith(ArquillianExtension.class)
class EjbBeveiligingIT {

    private static final String LIJST = "maatwerk-ejbs.txt";

    @Deployment
    static EnterpriseArchive ear() {
        EnterpriseArchive ear = Omgeving.ear();
        List<String> beans = new ArrayList<>();
        for (ArchivePath pad : ear.getContent().keySet()) {
            String naam = pad.get().substring(1);
            if (!naam.endsWith(".jar") || naam.startsWith("lib/")) {
                continue;
            }
            JavaArchive module = ear.getAsType(JavaArchive.class, naam);
            String moduleNaam = naam.substring(0, naam.length() - 4);
            module.getContent().keySet().stream().map(ArchivePath::get)
                    .filter(p -> p.endsWith(".class") && !p.contains("$"))
                    .map(p -> p.substring(1, p.length() - 6).replace('/', '.'))
                    .forEach(klasse -> beans.add(moduleNaam + " " + klasse));
        }
        WebArchive war = ear.getAsType(WebArchive.class, "maatwerk-web.war");
        war.addClass(EjbBeveiligingIT.class);
        war.addAsResource(new StringAsset(String.join("\n", beans)), LIJST);
        return ear;
    }

    @Test
    void elkeBedrijfsmethodeWeigertEenAnoniemeAanroeper() throws Exception {
        var ic = new InitialContext();
        List<String> lekken = new ArrayList<>();
        int gecontroleerd = 0;
        for (String regel : regels()) {
            String[] delen = regel.split(" ");
            Class<?> klasse = Class.forName(delen[1], false, Thread.currentThread().getContextClassLoader());
            boolean sessionBean = klasse.isAnnotationPresent(Stateless.class) || klasse.isAnnotationPresent(Singleton.class);
            if (!sessionBean || klasse.isAnnotationPresent(PermitAll.class)) {
                continue;
            }
            for (var view : views(klasse)) {
                Object bean = ic.lookup("java:global/maatwerk/" + delen[0] + "/" + klasse.getSimpleName()
                        + (view == klasse ? "" : "!" + view.getName()));
                for (Method m : (view == klasse ? klasse : view).getDeclaredMethods()) {
                    if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || Modifier.isStatic(m.getModifiers())
                            || klasse.getMethod(m.getName(), m.getParameterTypes()).isAnnotationPresent(PermitAll.class)) {
                        continue;
                    }
                    gecontroleerd++;
                    try {
                        m.invoke(bean, standaardArgumenten(m));
                        lekken.add(klasse.getSimpleName() + "." + m.getName() + " gaf antwoord aan een anonieme aanroeper");
                    } catch (InvocationTargetException e) {
                        if (!(e.getCause() instanceof EJBAccessException)) {
                            lekken.add(klasse.getSimpleName() + "." + m.getName() + " gooide " + e.getCause()
                                    + " in plaats van EJBAccessException");
                        }
                    }
                }
            }
        }
        assertTrue(gecontroleerd >= 15, "te weinig methoden gevonden: " + gecontroleerd);
        assertTrue(lekken.isEmpty(), String.join("\n", lekken));
    }

    @Test
    void deLijstBevatDeKernbeans() throws Exception {
        String alles = String.join("\n", regels());
        assertTrue(alles.contains("maatwerk-kern nl.maatwerk.kern.client.Clientregister"), alles);
        assertFalse(alles.isBlank());
    }

    /** The no-interface view, or the business interfaces a bean declares with {@code @Local}. */
    private static List<Class<?>> views(Class<?> klasse) {
        Local local = klasse.getAnnotation(Local.class);
        return local == null || local.value().length == 0 ? List.of(klasse) : List.of(local.value());
    }

    private static List<String> regels() throws Exception {
        try (var in = EjbBeveiligingIT.class.getClassLoader().getResourceAsStream(LIJST);
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    private static Object[] standaardArgumenten(Method m) {
        Class<?>[] typen = m.getParameterTypes();
        Object[] args = new Object[typen.length];
        for (int i = 0; i < typen.length; i++) {
            Class<?> t = typen[i];
            if (t == boolean.class) args[i] = false;
            else if (t == int.class) args[i] = 0;
            else if (t == long.class) args[i] = 0L;
            else if (t == double.class) args[i] = 0d;
            else if (t.isPrimitive()) args[i] = (byte) 0;
            else args[i] = null;
        }
        return args;
    }
}
