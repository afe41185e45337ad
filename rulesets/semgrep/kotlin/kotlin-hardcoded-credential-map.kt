object Accounts {
    private fun getUserCreds(): HashMap<String, String> {
        val userCreds = HashMap<String, String>()
        // ruleid: kotlin-hardcoded-credential-map
        userCreds["shopuser"] = "s3cr3t-Pass"
        return userCreds
    }

    // ruleid: kotlin-hardcoded-credential-map
    private val passwords = mapOf("admin" to "Adm1n!2024", "ops" to "0ps-Secret")

    fun seed(credentials: MutableMap<String, String>) {
        // ruleid: kotlin-hardcoded-credential-map
        credentials.put("teller", "Teller#99")
    }

    fun fromConfig(creds: MutableMap<String, String>, env: Map<String, String>) {
        // ok: kotlin-hardcoded-credential-map
        creds["teller"] = env.getValue("TELLER_PASSWORD")
    }

    fun labels(): Map<String, String> {
        // ok: kotlin-hardcoded-credential-map
        val messages = mapOf("password" to "Enter your password")
        return messages
    }

    fun empty(userCreds: MutableMap<String, String>) {
        // ok: kotlin-hardcoded-credential-map
        userCreds["guest"] = ""
    }
}
