package kz.mfo.validation;

import java.util.regex.Pattern;

public class Patterns {
    // ruleid: java-redos-nested-quantifier
    static final Pattern EMAIL = Pattern.compile("^([a-zA-Z0-9_.+-]+)+@example\\.kz$");
    // ruleid: java-redos-nested-quantifier
    static final Pattern WORDS = Pattern.compile("^(\\w+\\s?)*$");
    // ok: java-redos-nested-quantifier
    static final Pattern IIN = Pattern.compile("^\\d{12}$");
    // ok: java-redos-nested-quantifier
    static final Pattern HOST = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+$");

    static class Form {
        // ruleid: java-redos-nested-quantifier
        @javax.validation.constraints.Pattern(regexp = "^(\\d+)*$")
        String account;
    }
}
