package kz.mfo.auth;

import javax.servlet.http.HttpServletRequest;

public class OpsGate {
    public boolean allow(HttpServletRequest request, String password, String opsToken) {
        String adminApiKey = request.getHeader("X-Admin-Key");
        // ruleid: java-hardcoded-credential-comparison
        if ("ops-master-7781".equals(opsToken)) {
            return true;
        }
        // ruleid: java-hardcoded-credential-comparison
        if (adminApiKey.equals("kz-admin-2291")) {
            return true;
        }
        // ruleid: java-hardcoded-credential-comparison
        return password.equalsIgnoreCase("Credit2024!");
    }

    public boolean notCredentials(String password, String confirmPassword, String tokenType,
                                  String accessToken, String grantType, String nextPageToken) {
        // ok: java-hardcoded-credential-comparison
        if ("".equals(password)) {
            return false;
        }
        // ok: java-hardcoded-credential-comparison
        if (password.equals(confirmPassword)) {
            return true;
        }
        // ok: java-hardcoded-credential-comparison
        if ("Bearer".equals(tokenType)) {
            return true;
        }
        // ok: java-hardcoded-credential-comparison
        if ("null".equals(accessToken)) {
            return false;
        }
        // ok: java-hardcoded-credential-comparison
        if ("password".equals(grantType)) {
            return true;
        }
        // ok: java-hardcoded-credential-comparison
        return "END".equals(nextPageToken);
    }

    // a lexical token of a parser is no credential
    public boolean parse(java.util.Iterator<String> tokens) {
        String token = tokens.next();
        // ok: java-hardcoded-credential-comparison
        return "upgrade".equalsIgnoreCase(token) || token.equals("/.");
    }
}
