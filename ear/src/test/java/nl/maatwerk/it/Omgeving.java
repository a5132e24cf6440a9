package nl.maatwerk.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** Where the test server is, and the EAR the build just made. */
final class Omgeving {

    static final String WACHTWOORD = "Maatwerk2026!";

    private Omgeving() {
    }

    static String basis() {
        return "http://localhost:" + System.getProperty("maatwerk.httpPort", "28080") + "/maatwerk";
    }

    static String server() {
        return "http://localhost:" + System.getProperty("maatwerk.httpPort", "28080");
    }

    /** The very EAR that ships, not a test-made archive. */
    static EnterpriseArchive ear() {
        // Arquillian writes the archive to java.io.tmpdir (per build, see ear/pom.xml); make sure it exists.
        new File(System.getProperty("java.io.tmpdir")).mkdirs();
        File ear = new File(System.getProperty("maatwerk.ear", "target/maatwerk.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("EAR ontbreekt: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
