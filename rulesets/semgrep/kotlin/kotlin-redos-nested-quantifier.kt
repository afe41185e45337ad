package kz.mfo.validation

import java.util.regex.Pattern

object Patterns {
    // ruleid: kotlin-redos-nested-quantifier
    val EMAIL = Regex("^([a-zA-Z0-9_.+-]+)+@example\\.kz$")
    // ruleid: kotlin-redos-nested-quantifier
    val WORDS = "^(\\w+\\s?)*$".toRegex()
    // ok: kotlin-redos-nested-quantifier
    val IIN = Regex("^\\d{12}$")
    // ok: kotlin-redos-nested-quantifier
    val HOST = Regex("^[a-z0-9-]+(\\.[a-z0-9-]+)+$")
    // {0,1} is ? and {1,} is + written with braces
    // ruleid: kotlin-redos-nested-quantifier
    val SLUG = Regex("^([a-z0-9]+[-]{0,1}){1,100}$")
    // ruleid: kotlin-redos-nested-quantifier
    val CODES = Pattern.compile("^([A-Z]{1,}[0-9]?)+$")
    // a bounded repeat of bounded parts
    // ok: kotlin-redos-nested-quantifier
    val IPV4 = Regex("^([0-9]{1,3}\\.){3}[0-9]{1,3}$")
}
