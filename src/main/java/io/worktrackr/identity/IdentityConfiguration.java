package io.worktrackr.identity;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    /**
     * Argon2 for new hashes: bcrypt reads only the first 72 bytes of a password (and Spring Security refuses longer
     * ones with an exception), Argon2 has no such limit. Hashes carry their algorithm, so bcrypt hashes made before
     * still verify and are replaced at the person's next sign-in ({@link SignIn}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(
                        ARGON2,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }
}
