package kz.qarz.officer.net;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit.RestAdapter;

public class ApiClients {

    // OkHttp's logging interceptor at BODY or HEADERS: credentials and borrowers' data in Logcat.
    static OkHttpClient officerClient() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        // ruleid: java-http-traffic-logged
        logging.setLevel(HttpLoggingInterceptor.Level.BODY);
        return new OkHttpClient.Builder().addInterceptor(logging).build();
    }

    static OkHttpClient branchClient() {
        return new OkHttpClient.Builder()
            // ruleid: java-http-traffic-logged
            .addInterceptor(new HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.HEADERS))
            .build();
    }

    static OkHttpClient statementClient() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        // ruleid: java-http-traffic-logged
        logging.level(HttpLoggingInterceptor.Level.BODY);
        return new OkHttpClient.Builder().addInterceptor(logging).build();
    }

    // Retrofit 1: the whole exchange.
    static RestAdapter legacyAdapter(String endpoint) {
        return new RestAdapter.Builder()
            .setEndpoint(endpoint)
            // ruleid: java-http-traffic-logged
            .setLogLevel(RestAdapter.LogLevel.FULL)
            .build();
    }

    // Only in debug builds.
    static OkHttpClient debugClient() {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (BuildConfig.DEBUG) {
            HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
            // ok: java-http-traffic-logged
            logging.setLevel(HttpLoggingInterceptor.Level.BODY);
            builder.addInterceptor(logging);
        }
        return builder.build();
    }

    static OkHttpClient conditionalLevel() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        // ok: java-http-traffic-logged
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.BODY : HttpLoggingInterceptor.Level.NONE);
        return new OkHttpClient.Builder().addInterceptor(logging).build();
    }

    // Request lines only, or headers with the Authorization header hidden.
    static OkHttpClient basicClient() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        // ok: java-http-traffic-logged
        logging.setLevel(HttpLoggingInterceptor.Level.BASIC);
        return new OkHttpClient.Builder().addInterceptor(logging).build();
    }

    static OkHttpClient redactedHeaders() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.redactHeader("Authorization");
        // ok: java-http-traffic-logged
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return new OkHttpClient.Builder().addInterceptor(logging).build();
    }

    static RestAdapter quietAdapter(String endpoint) {
        return new RestAdapter.Builder()
            .setEndpoint(endpoint)
            // ok: java-http-traffic-logged
            .setLogLevel(RestAdapter.LogLevel.NONE)
            .build();
    }
}
