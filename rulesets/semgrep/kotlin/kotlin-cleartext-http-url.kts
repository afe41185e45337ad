android {
    defaultConfig {
        // ruleid: kotlin-cleartext-http-url
        buildConfigField("String", "API_BASE_URL", "\"http://api.mfo.kz/v1/\"")
    }
    buildTypes {
        getByName("debug") {
            // ok: kotlin-cleartext-http-url
            buildConfigField("String", "API_BASE_URL", "\"http://10.0.2.2:8080/v1/\"")
        }
        getByName("release") {
            // ok: kotlin-cleartext-http-url
            buildConfigField("String", "API_BASE_URL", "\"https://api.mfo.kz/v1/\"")
        }
    }
}
