package nl.maatwerk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the tests that talk to the server from outside: the real EAR, deployed once per test class. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ServerIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Omgeving.ear();
    }
}
