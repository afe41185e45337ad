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

    // {0,1} is ? and {1,} is + written with braces
    // ruleid: java-redos-nested-quantifier
    static final Pattern SLUG = Pattern.compile("^([a-z0-9]+[-]{0,1}){1,100}$");
    // ruleid: java-redos-nested-quantifier
    static final Pattern CODES = Pattern.compile("^([A-Z]{1,}[0-9]?)+$");
    // a bounded repeat of bounded parts
    // ok: java-redos-nested-quantifier
    static final Pattern IPV4 = Pattern.compile("^([0-9]{1,3}\\.){3}[0-9]{1,3}$");
}
