package org.claimdesk.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.claimdesk.fetch.SafeFetcher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** Spring builds the one fetcher from {@code claimdesk.fetch.*}, with safe defaults. */
class FetchConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(FetchConfiguration.class, GuardedFetcher.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void defaultsAreTheProductionLimits() {
        context.run(started -> {
            assertThat(started).hasSingleBean(SafeFetcher.class);
            assertThat(started.getBean(FetchProperties.class)).isEqualTo(new FetchProperties(Duration.ofSeconds(10),
                    DataSize.ofMegabytes(5), 5, false, "ClaimDesk/0.1 (+fact-checking desk)"));
        });
    }

    @Test
    void limitsCanBeConfigured() {
        context.withPropertyValues("claimdesk.fetch.timeout=3s", "claimdesk.fetch.max-bytes=1MB",
                "claimdesk.fetch.max-redirects=2", "claimdesk.fetch.allow-loopback=true").run(started -> {
                    FetchProperties properties = started.getBean(FetchProperties.class);
                    assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.maxBytes()).isEqualTo(DataSize.ofMegabytes(1));
                    assertThat(properties.maxRedirects()).isEqualTo(2);
                    assertThat(properties.allowLoopback()).isTrue();
                });
    }

    @Test
    void refusesANonsensicalLimit() {
        context.withPropertyValues("claimdesk.fetch.timeout=0s")
                .run(started -> assertThat(started).hasFailed());
    }
}
