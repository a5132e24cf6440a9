package nl.maatwerk.kern.opstart;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import nl.maatwerk.domain.Schematypen;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at deployment, before any other bean touches the database
 * (every startup bean that uses JPA declares {@code @DependsOn("Migraties")}).
 * Outside a JTA transaction: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migraties {

    private static final Logger LOG = Logger.getLogger(Migraties.class.getName());

    @Resource(lookup = "jdbc/maatwerk")
    DataSource dataSource;

    @PostConstruct
    void migreer() {
        var resultaat = Flyway.configure(Migraties.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Schematypen.voor(dataSource))
                .load()
                .migrate();
        LOG.info(() -> "Flyway: " + resultaat.migrationsExecuted + " migratie(s) uitgevoerd, schema op versie "
                + resultaat.targetSchemaVersion);
    }
}
