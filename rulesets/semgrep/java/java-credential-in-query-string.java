package kz.example.mfo.bureau;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

public class BureauClient {
    private final RestTemplate restTemplate = new RestTemplate();
    private String apiKey;
    private String smsPassword;

    public String report(String iin) {
        // ruleid: java-credential-in-query-string
        return restTemplate.getForObject("https://bureau.example.kz/v1/report?iin=" + iin + "&api_key=" + apiKey, String.class);
    }

    public String send(String phone) throws IOException {
        String u = String.format("https://sms.example.kz/send?login=mfo&password=%s&to=%s", smsPassword, phone);
        // ruleid: java-credential-in-query-string
        return new URL(u).openStream().toString();
    }

    public HttpRequest score(String iin, String token) {
        // ruleid: java-credential-in-query-string
        return HttpRequest.newBuilder(URI.create("https://scoring.example.kz/score?iin=" + iin + "&access_token=" + token)).build();
    }

    public HttpRequest scoreWithHeader(String iin, String token) {
        // ok: java-credential-in-query-string
        return HttpRequest.newBuilder(URI.create("https://scoring.example.kz/score?iin=" + iin)).header("Authorization", "Bearer " + token).build();
    }

    public void afterLogin(HttpServletResponse response, String sessionId, String loanId) throws IOException {
        // ruleid: java-credential-in-query-string
        response.sendRedirect("https://partner.example.kz/cabinet?session_id=" + sessionId);
        // ok: java-credential-in-query-string
        response.sendRedirect("/cabinet?loan=" + loanId);
        // ok: java-credential-in-query-string
        response.sendRedirect("/confirm?reset_token=" + loanId);
    }
}
