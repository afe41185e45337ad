package kz.mfo.app.net;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import retrofit2.Retrofit;

public class PartnerClients {
    // ruleid: java-cleartext-http-url
    private static final String SCORING_API_URL = "http://scoring.partner.kz/api/v2/";
    // ok: java-cleartext-http-url
    private static final String CABINET_URL = "https://cabinet.mfo.kz/";
    // ok: java-cleartext-http-url
    private static final String DEV_BASE_URL = "http://localhost:8080/";
    // the Android emulator's address of the developer machine, and a private network
    // ok: java-cleartext-http-url
    private static final String EMULATOR_HOST = "http://10.0.2.2:8080/";
    // ok: java-cleartext-http-url
    private static final String LAN_SERVICE_URL = "http://192.168.1.20/bureau";
    // ok: java-cleartext-http-url
    private static final String MDNS_API = "http://printer.local/api";
    // an XML namespace and a schema are names, never fetched
    // ok: java-cleartext-http-url
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    // ok: java-cleartext-http-url
    private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

    private final OkHttpClient client = new OkHttpClient();
    private final RestTemplate rest = new RestTemplate();

    Retrofit retrofit() {
        return new Retrofit.Builder()
                // ruleid: java-cleartext-http-url
                .baseUrl("http://api.mfo.kz/v1/")
                .build();
    }

    String ping() throws Exception {
        // ruleid: java-cleartext-http-url
        Request request = new Request.Builder().url("http://bureau.kz/health").build();
        return client.newCall(request).execute().body().string();
    }

    String rates() throws Exception {
        // ruleid: java-cleartext-http-url
        HttpURLConnection c = (HttpURLConnection) new URL("http://rates.nationalbank.kz/rss").openConnection();
        return c.getResponseMessage();
    }

    String ratesSecure() throws Exception {
        // ok: java-cleartext-http-url
        HttpURLConnection c = (HttpURLConnection) new URL("https://rates.nationalbank.kz/rss").openConnection();
        return c.getResponseMessage();
    }

    HttpRequest score(String iin) {
        // ruleid: java-cleartext-http-url
        return HttpRequest.newBuilder(URI.create("http://scoring.partner.kz/score?iin=" + iin)).build();
    }

    String limits() {
        // ruleid: java-cleartext-http-url
        return rest.getForObject("http://limits.partner.kz/limits", String.class);
    }

    WebClient webClient() {
        // ruleid: java-cleartext-http-url
        return WebClient.create("http://gateway.mfo.kz");
    }

    String hint() {
        // ok: java-cleartext-http-url
        return "Open http://mfo.kz in a browser";
    }
}
