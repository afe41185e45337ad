import android.net.Uri;
import java.net.URI;

public class LinkChecker {
    boolean trusted(Uri uri) {
        String url = uri.getQueryParameter("url");
        // ruleid: java-url-host-suffix-check
        return url.endsWith("example.com");
    }

    boolean trustedHost(URI link) {
        // ruleid: java-url-host-suffix-check
        return link.getHost().endsWith("bank.kz");
    }

    boolean redirectOk(String redirectUrl) {
        // ruleid: java-url-host-suffix-check
        return redirectUrl != null && redirectUrl.endsWith("mfo-online.kz");
    }

    boolean dotted(URI link) {
        String host = link.getHost();
        // ok: java-url-host-suffix-check
        return host.equals("bank.kz") || host.endsWith(".bank.kz");
    }

    boolean image(String fileName) {
        // ok: java-url-host-suffix-check
        return fileName.endsWith(".png");
    }

    boolean page(String pageUrl) {
        // ok: java-url-host-suffix-check
        return pageUrl.endsWith("index.html");
    }

    boolean mail(String email) {
        // ok: java-url-host-suffix-check
        return email.endsWith("@bank.kz");
    }
}
