package kz.mfo.partner;

import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.web.client.RestTemplate;

public class PartnerClients {
    // ruleid: java-http-client-without-timeout
    RestTemplate plain = new RestTemplate();
    // ok: java-http-client-without-timeout
    RestTemplate timed = new RestTemplateBuilder().setConnectTimeout(Duration.ofSeconds(3)).setReadTimeout(Duration.ofSeconds(10)).build();
    // ruleid: java-http-client-without-timeout
    HttpClient c1 = HttpClient.newHttpClient();
    // ok: java-http-client-without-timeout
    HttpClient c2 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    int status(String u) throws Exception {
        // ruleid: java-http-client-without-timeout
        HttpURLConnection conn = (HttpURLConnection) new URL(u).openConnection();
        return conn.getResponseCode();
    }

    int statusOk(String u) throws Exception {
        // ok: java-http-client-without-timeout
        HttpURLConnection conn = (HttpURLConnection) new URL(u).openConnection();
        conn.setConnectTimeout(3000);
        conn.setReadTimeout(10000);
        return conn.getResponseCode();
    }
}
