package org.claimdesk.i18n.internal;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.claimdesk.i18n.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** All UI text comes from {@code vaadin-i18n/translations*.properties}, English first. */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(Languages.SUPPORTED);
    }
}
