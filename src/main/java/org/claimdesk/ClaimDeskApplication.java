package org.claimdesk;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ClaimDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClaimDeskApplication.class, args);
    }

    /** The one source of "now"; tests replace it to control time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
