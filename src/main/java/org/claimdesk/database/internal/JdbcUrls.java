package org.claimdesk.database.internal;

import java.util.regex.Pattern;

/** JDBC URLs as they may appear in logs: never with a password in them. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):[^/@]*@");

    private JdbcUrls() {
    }

    static String masked(String jdbcUrl) {
        String withoutParameter = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1****");
        return USER_INFO.matcher(withoutParameter).replaceAll("//$1:****@");
    }
}
