package io.worktrackr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WorktrackrApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorktrackrApplication.class, args);
    }
}
