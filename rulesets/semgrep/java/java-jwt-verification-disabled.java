package kz.mfo.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Jwts;
import javax.servlet.FilterChain;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

public class JwtFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws java.io.IOException, javax.servlet.ServletException {
        String token = req.getHeader("Authorization").substring(7);
        // ruleid: java-jwt-verification-disabled
        DecodedJWT jwt = JWT.decode(token);
        req.setAttribute("user", jwt.getSubject());
        chain.doFilter(req, res);
    }
}

class JwtFilterOk extends OncePerRequestFilter {
    private Algorithm algorithm;

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws java.io.IOException, javax.servlet.ServletException {
        String token = req.getHeader("Authorization").substring(7);
        // ok: java-jwt-verification-disabled
        DecodedJWT jwt = JWT.require(algorithm).build().verify(token);
        req.setAttribute("user", jwt.getSubject());
        chain.doFilter(req, res);
    }
}

class LegacyParser {
    Object claims(String token) {
        // ruleid: java-jwt-verification-disabled
        return Jwts.parser().parseClaimsJwt(token).getBody();
    }
}

class UnsignedTokens {
    private final String secret = System.getenv("JWT_SECRET");

    String issue(String user) {
        // ruleid: java-jwt-verification-disabled
        return JWT.create().withSubject(user).sign(Algorithm.none());
    }

    DecodedJWT check(String token) {
        // ruleid: java-jwt-verification-disabled
        Algorithm unsigned = Algorithm.none();
        return JWT.require(unsigned).build().verify(token);
    }

    DecodedJWT checkSigned(String token) {
        // ok: java-jwt-verification-disabled
        return JWT.require(Algorithm.HMAC256(secret)).build().verify(token);
    }
}
