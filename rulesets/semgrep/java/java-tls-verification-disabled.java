package kz.mfo.bureau;

import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.NoopHostnameVerifier;

public class BureauClient {
    public void configure() throws Exception {
        // ruleid: java-tls-verification-disabled
        X509TrustManager trustAll = new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) {}
            public void checkServerTrusted(X509Certificate[] c, String a) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        // ruleid: java-tls-verification-disabled
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
        // ruleid: java-tls-verification-disabled
        Object v = NoopHostnameVerifier.INSTANCE;
        // ruleid: java-tls-verification-disabled
        SSLContext old = SSLContext.getInstance("TLSv1");
        // ok: java-tls-verification-disabled
        SSLContext ok = SSLContext.getInstance("TLSv1.3");
    }

    void allowAll(HttpsURLConnection connection, SSLSocketFactory factory) {
        // ruleid: java-tls-verification-disabled
        connection.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
        // ruleid: java-tls-verification-disabled
        factory.setHostnameVerifier(ALLOW_ALL_HOSTNAME_VERIFIER);
        // ruleid: java-tls-verification-disabled
        connection.setHostnameVerifier(new AllowAllHostnameVerifier());
        // ok: java-tls-verification-disabled
        connection.setHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());
        // ok: java-tls-verification-disabled
        factory.setHostnameVerifier(SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
    }
}
