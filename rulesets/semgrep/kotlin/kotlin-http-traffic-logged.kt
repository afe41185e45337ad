package kz.qarz.mobile.net

import io.ktor.client.HttpClient
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.plugins.logging.LogLevel
import io.ktor.client.plugins.logging.Logging
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor

// Ktor: every request and response, headers and bodies included, goes to the log.
fun borrowerClient(): HttpClient = HttpClient(OkHttp) {
    install(Logging) {
        // ruleid: kotlin-http-traffic-logged
        level = LogLevel.ALL
    }
}

fun repaymentClient(): HttpClient = HttpClient(OkHttp) {
    install(Logging) {
        logger = Logger.DEFAULT
        // ruleid: kotlin-http-traffic-logged
        level = LogLevel.BODY
    }
}

// Headers only, but the Authorization header is not hidden.
fun scoringClient(): HttpClient = HttpClient {
    install(Logging) {
        // ruleid: kotlin-http-traffic-logged
        level = LogLevel.HEADERS
    }
}

// OkHttp: the logging interceptor at BODY or HEADERS.
fun officerHttp(): OkHttpClient {
    val logging = HttpLoggingInterceptor().apply {
        // ruleid: kotlin-http-traffic-logged
        level = HttpLoggingInterceptor.Level.BODY
    }
    return OkHttpClient.Builder().addInterceptor(logging).build()
}

fun agentHttp(): OkHttpClient {
    val logging = HttpLoggingInterceptor()
    // ruleid: kotlin-http-traffic-logged
    logging.setLevel(HttpLoggingInterceptor.Level.HEADERS)
    return OkHttpClient.Builder().addInterceptor(logging).build()
}

fun branchHttp(): OkHttpClient =
    OkHttpClient.Builder()
        // ruleid: kotlin-http-traffic-logged
        .addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BODY))
        .build()

// Bodies are logged whatever happens to the headers: the sign-in body holds the password.
fun bodyWithSanitizedHeaders(): HttpClient = HttpClient(OkHttp) {
    install(Logging) {
        // ruleid: kotlin-http-traffic-logged
        level = LogLevel.BODY
        sanitizeHeader { header -> header == HttpHeaders.Authorization }
    }
}

// Only in debug builds: the release build logs nothing.
fun debugOnlyClient(): HttpClient = HttpClient(OkHttp) {
    if (BuildConfig.DEBUG) {
        install(Logging) {
            // ok: kotlin-http-traffic-logged
            level = LogLevel.ALL
        }
    }
}

fun debugLevelClient(): HttpClient = HttpClient(OkHttp) {
    install(Logging) {
        // ok: kotlin-http-traffic-logged
        level = if (BuildConfig.DEBUG) LogLevel.ALL else LogLevel.NONE
    }
}

fun debugOkHttp(): OkHttpClient {
    val logging = HttpLoggingInterceptor().apply {
        // ok: kotlin-http-traffic-logged
        level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
    }
    return OkHttpClient.Builder().addInterceptor(logging).build()
}

fun debugBuilder(): OkHttpClient {
    val builder = OkHttpClient.Builder()
    if (BuildConfig.DEBUG) {
        val logging = HttpLoggingInterceptor()
        // ok: kotlin-http-traffic-logged
        logging.level = HttpLoggingInterceptor.Level.BODY
        builder.addInterceptor(logging)
    }
    return builder.build()
}

// Request lines only, or headers with the credentials hidden.
fun infoClient(): HttpClient = HttpClient(OkHttp) {
    install(Logging) {
        // ok: kotlin-http-traffic-logged
        level = LogLevel.INFO
    }
}

fun sanitizedHeadersClient(): HttpClient = HttpClient(OkHttp) {
    install(Logging) {
        // ok: kotlin-http-traffic-logged
        level = LogLevel.HEADERS
        sanitizeHeader { header -> header == HttpHeaders.Authorization }
    }
}

fun redactedOkHttp(): OkHttpClient {
    val logging = HttpLoggingInterceptor().apply {
        // ok: kotlin-http-traffic-logged
        level = HttpLoggingInterceptor.Level.HEADERS
        redactHeader("Authorization")
    }
    return OkHttpClient.Builder().addInterceptor(logging).build()
}

fun basicOkHttp(): OkHttpClient {
    val logging = HttpLoggingInterceptor()
    // ok: kotlin-http-traffic-logged
    logging.level = HttpLoggingInterceptor.Level.BASIC
    return OkHttpClient.Builder().addInterceptor(logging).build()
}
