package org.homeward;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on the PostgreSQL test database, with the demo data
 * loaded. All such tests share one application context, so they must not depend on a
 * clean database: they create what they change under names of their own. Their mail goes
 * to the {@link SmtpServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
@ExtendWith(SmtpServer.class)
public @interface PostgresIntegrationTest {

}
