package kz.mfo.validation

object Patterns {
    // ruleid: kotlin-redos-nested-quantifier
    val EMAIL = Regex("^([a-zA-Z0-9_.+-]+)+@example\\.kz$")
    // ruleid: kotlin-redos-nested-quantifier
    val WORDS = "^(\\w+\\s?)*$".toRegex()
    // ok: kotlin-redos-nested-quantifier
    val IIN = Regex("^\\d{12}$")
    // ok: kotlin-redos-nested-quantifier
    val HOST = Regex("^[a-z0-9-]+(\\.[a-z0-9-]+)+$")
}
