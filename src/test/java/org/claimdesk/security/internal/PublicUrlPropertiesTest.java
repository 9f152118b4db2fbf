package org.claimdesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A wrong CLAIMDESK_PUBLICURL stops the start with the reason, instead of breaking links and publishing later. */
class PublicUrlPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicUrlProperties.class)
    static class WithPublicUrl {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(WithPublicUrl.class);

    @Test
    void anAbsoluteAddressOrNoneStarts() {
        runner.withPropertyValues("claimdesk.public-url=https://factcheck.example.org/desk/")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("claimdesk.public-url=").run(context -> assertThat(context).hasNotFailed());
        runner.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void anythingElseStopsTheStartAndSaysWhy() {
        for (String wrong : new String[] {"factcheck.example.org", "ftp://example.org", "https://example.org/?a=b",
                "/relative"}) {
            runner.withPropertyValues("claimdesk.public-url=" + wrong).run(context -> {
                assertThat(context).hasFailed();
                Throwable cause = context.getStartupFailure();
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                assertThat(cause.getMessage()).as(wrong).contains("public-url")
                        .contains("must be an absolute http(s) address").contains("CLAIMDESK_PUBLICURL");
            });
        }
    }
}
