import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Jwts;

public class TokenReader {
    private final byte[] key;

    TokenReader(byte[] key) {
        this.key = key;
    }

    Object claims(String token) {
        // ruleid: java-jwt-parse-accepts-unsigned
        Jwt jwt = Jwts.parser().setSigningKey(key).parse(token);
        return jwt.getBody();
    }

    Object builder(String token) {
        // ruleid: java-jwt-parse-accepts-unsigned
        return Jwts.parserBuilder().setSigningKey(key).build().parse(token).getBody();
    }

    Claims signed(String token) {
        // ok: java-jwt-parse-accepts-unsigned
        return Jwts.parser().setSigningKey(key).parseClaimsJws(token).getBody();
    }

    Object date(java.text.DateFormat f, String s) throws Exception {
        // ok: java-jwt-parse-accepts-unsigned
        return f.parse(s);
    }
}
