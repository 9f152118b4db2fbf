package org.claimdesk.publishing.publicsite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jsoup.Jsoup;

/** A public page's frame, built with jsoup so that every text is escaped. */
final class PublicPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    final Document document;
    final Element main;

    PublicPage(String title, String organisation, String canonicalUrl) {
        document = Document.createShell(canonicalUrl);
        document.outputSettings().prettyPrint(false);
        document.selectFirst("html").attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · " + organisation);
        head.appendElement("link").attr("rel", "canonical").attr("href", canonicalUrl);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/styles/public.css");
        Element header = document.body().appendElement("header");
        header.appendElement("a").attr("href", "/public/methodology").addClass("brand").text(organisation);
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", "/public/methodology").text("How we check");
        nav.appendElement("a").attr("href", "/public/corrections").text("Corrections");
        main = document.body().appendElement("main");
        main.appendElement("h1").text(title);
    }

    /** Sanitised HTML (already produced by a safe renderer), cleaned once more against a basic safelist. */
    static String clean(String html) {
        return Jsoup.clean(html, Safelist.basic());
    }

    static String date(Instant instant) {
        return DATE.format(instant.atOffset(ZoneOffset.UTC));
    }

    String html() {
        return "<!DOCTYPE html>" + document.outerHtml();
    }
}
