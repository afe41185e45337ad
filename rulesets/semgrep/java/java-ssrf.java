package kz.mfo.hooks;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class WebhookController {
    private final RestTemplate restTemplate;

    WebhookController(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @PostMapping("/webhooks/test")
    public String test(@RequestParam String callbackUrl, @RequestParam String iin) throws Exception {
        // ruleid: java-ssrf
        String a = restTemplate.getForObject(callbackUrl, String.class);
        // ruleid: java-ssrf
        new URL(callbackUrl).openConnection().connect();
        // ok: java-ssrf
        String b = restTemplate.getForObject("https://api.partner-a.kz/v1/clients/" + iin, String.class);
        // ok: java-ssrf
        String c = restTemplate.getForObject("https://api.partner-a.kz/v1/ping", String.class);
        // parsing a URI makes no request
        // ok: java-ssrf
        URI parsed = new URI(callbackUrl);
        // ok: java-ssrf
        String host = URI.create(callbackUrl).getHost();
        // ruleid: java-ssrf
        HttpRequest req = HttpRequest.newBuilder(URI.create(callbackUrl)).build();
        return a + b + c + parsed + host;
    }

    @GetMapping("/avatars/fetch")
    public byte[] fetchAvatar(@RequestParam String avatarUrl) throws Exception {
        URL url = new URL(avatarUrl);
        // ruleid: java-ssrf
        try (InputStream in = url.openStream()) {
            // ok: java-ssrf
            URL fixed = new URL("https://cdn.partner-a.kz/avatars/default.png");
            // ok: java-ssrf
            fixed.openStream().close();
            return in.readAllBytes();
        }
    }

    @GetMapping("/partners/ping")
    public String ping(@RequestParam String partnerUrl) throws Exception {
        URL url = new URL(partnerUrl);
        // ruleid: java-ssrf
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        // ruleid: java-ssrf
        String viaHutool = HttpUtil.get(partnerUrl);
        return conn.getResponseMessage() + viaHutool;
    }

    @GetMapping("/webhooks/probe")
    public int probe(@RequestParam String target) throws Exception {
        // the URL built in one statement and opened in another
        URL url = new URL(target);
        // ruleid: java-ssrf
        int code = ((java.net.HttpURLConnection) url.openConnection()).getResponseCode();
        // a URL that is parsed but never opened makes no request
        // ok: java-ssrf
        URL parsedOnly = new URL(target);
        // ok: java-ssrf
        URL fixed = new URL("https://api.partner-a.kz/v1/ping");
        fixed.openStream().close();
        return code + parsedOnly.getPort();
    }
}

// Spring binds a handler's parameter without annotation from the request all the same
@RestController
class LoanCallbackController {
    @RequestMapping("/loans/callback")
    public String callback(String url) {
        // ruleid: java-ssrf
        return HttpUtil.get(url);
    }

    @PostMapping("/loans/notify")
    public String notifyPartner(HttpServletRequest request, String partnerUrl) throws Exception {
        // ruleid: java-ssrf
        new URL(partnerUrl).openConnection().connect();
        return "ok";
    }

    @RequestMapping("/loans/callback-fixed")
    public String fixed(String url) {
        // ok: java-ssrf
        return HttpUtil.get("https://bureau.example.kz/v1/score");
    }

    @RequestMapping("/loans/callback-model")
    public String model(Model model) {
        // ok: java-ssrf
        return HttpUtil.get("https://bureau.example.kz/v1/" + model.getAttribute("x"));
    }

    // not a handler: no mapping annotation
    public String fetchBureau(String url) {
        // ok: java-ssrf
        return HttpUtil.get(url);
    }

    @RequestMapping("/loans/bureau")
    public String bureau(int page) {
        // ok: java-ssrf
        return HttpUtil.get("https://bureau.example.kz/v1/list?page=" + page);
    }
}

// a client's factory handed the elements of a request collection
class FetchReferenceServlet {
    void fetch(javax.servlet.http.HttpServletRequest request) {
        java.util.List<String> urls = java.util.Arrays.asList(request.getParameterValues("url"));
        // ruleid: java-ssrf
        urls.stream().map(Jsoup::connect).count();
        // ruleid: java-ssrf
        urls.stream().map(HttpGet::new).count();
        // ok: java-ssrf
        urls.stream().filter(java.util.Set.of("https://rates.example.kz/")::contains).map(HttpGet::new).count();
    }
}

// an allow-list by equality: inside `if (CONSTANT.equals(value))` the value is the constant
class PartnerCallbackServlet {
    private static final String BUREAU_URL = "https://bureau.example.kz/v1/score";

    void callback(javax.servlet.http.HttpServletRequest request) throws Exception {
        java.net.URI uri = new java.net.URI(request.getParameter("target"));
        if (BUREAU_URL.equals(request.getParameter("target"))) {
            // ok: java-ssrf
            HttpRequest.newBuilder(uri).build();
        } else {
            // ruleid: java-ssrf
            HttpRequest.newBuilder(uri).build();
        }
        // ruleid: java-ssrf
        HttpRequest.newBuilder(uri).build();
    }

    void byLiteral(javax.servlet.http.HttpServletRequest request) throws Exception {
        String target = request.getParameter("target");
        if ("https://rates.example.kz/today".equals(target)) {
            // ok: java-ssrf
            new HttpGet(target);
        }
        if (target.equals(BUREAU_URL) && request.getParameter("force") == null) {
            // ok: java-ssrf
            Jsoup.connect(target);
        }
        if (java.util.Objects.equals(BUREAU_URL, target)) {
            // ok: java-ssrf
            new HttpPost(target);
        }
        // not an equality with a constant: a check on the length, another variable, a negation
        if (target.length() < 200) {
            // ruleid: java-ssrf
            new HttpGet(target);
        }
        String other = request.getParameter("other");
        if (other.equals(target)) {
            // ruleid: java-ssrf
            new HttpGet(target);
        }
        if (!BUREAU_URL.equals(target)) {
            // ruleid: java-ssrf
            new HttpGet(target);
        }
        if (BUREAU_URL.equals(target) || target.startsWith("http")) {
            // ruleid: java-ssrf
            new HttpGet(target);
        }
    }

    // the guarded value is only part of the URL: the rest is still the caller's
    void partial(javax.servlet.http.HttpServletRequest request) throws Exception {
        String host = request.getParameter("host");
        String path = request.getParameter("path");
        java.net.URI uri = new java.net.URI(host + path);
        if ("rates.example.kz".equals(host)) {
            // ruleid: java-ssrf
            HttpRequest.newBuilder(uri).build();
        }
    }
}

// the other shapes of an allow-list: an early exit when the value is not the constant, a comparison
// that ignores case, several constants joined by `||`
class ScoringGatewayServlet {
    private static final String BUREAU_URL = "https://bureau.example.kz/v1/score";
    private static final String BACKUP_URL = "https://bureau-backup.example.kz/v1/score";

    void earlyReturn(javax.servlet.http.HttpServletRequest request) throws Exception {
        String target = request.getParameter("target");
        java.net.URI uri = new java.net.URI(target);
        if (!BUREAU_URL.equals(target)) {
            // ruleid: java-ssrf
            new HttpGet(target);
            return;
        }
        // ok: java-ssrf
        new HttpGet(target);
        // ok: java-ssrf
        HttpRequest.newBuilder(uri).build();
    }

    void earlyThrow(javax.servlet.http.HttpServletRequest request) throws Exception {
        String target = request.getParameter("target");
        if (!target.equalsIgnoreCase(BACKUP_URL)) {
            throw new IllegalArgumentException("unknown bureau");
        }
        // ok: java-ssrf
        Jsoup.connect(target);
    }

    void earlyExitOfSeveral(javax.servlet.http.HttpServletRequest request) throws Exception {
        String target = request.getParameter("target");
        if (!BUREAU_URL.equals(target) && !BACKUP_URL.equals(target)) {
            return;
        }
        // ok: java-ssrf
        new HttpPost(target);
    }

    void ignoringCase(javax.servlet.http.HttpServletRequest request) throws Exception {
        String target = request.getParameter("target");
        if (BUREAU_URL.equalsIgnoreCase(target)) {
            // ok: java-ssrf
            new HttpGet(target);
        } else {
            // ruleid: java-ssrf
            new HttpGet(target);
        }
    }

    void severalConstants(javax.servlet.http.HttpServletRequest request) throws Exception {
        String target = request.getParameter("target");
        if (BUREAU_URL.equals(target) || BACKUP_URL.equals(target)) {
            // ok: java-ssrf
            new HttpGet(target);
        }
        if (target.equals(BUREAU_URL) || target.equals(BACKUP_URL) || "https://rates.example.kz/".equals(target)) {
            // ok: java-ssrf
            new HttpGet(target);
        } else {
            // ruleid: java-ssrf
            new HttpGet(target);
        }
        String mirror = request.getParameter("mirror");
        if (BUREAU_URL.equals(target) || mirror.equals(target)) {
            // ruleid: java-ssrf
            new HttpGet(target);
        }
    }

    // a check that does not leave the method, or compares with another value, guards nothing after it
    void notAnExit(javax.servlet.http.HttpServletRequest request) throws Exception {
        String target = request.getParameter("target");
        if (!BUREAU_URL.equals(target)) {
            log("unknown bureau");
        }
        // ruleid: java-ssrf
        new HttpGet(target);
        String mirror = request.getParameter("mirror");
        if (!mirror.equals(target)) {
            return;
        }
        // ruleid: java-ssrf
        new HttpGet(target);
    }

    void log(String message) {}
}
