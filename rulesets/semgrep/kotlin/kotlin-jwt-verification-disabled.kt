package kz.mfo.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.auth0.jwt.interfaces.DecodedJWT
import io.jsonwebtoken.Jwts

class TokenService(private val secret: String) {
    fun issueUnsigned(user: String): String {
        // ruleid: kotlin-jwt-verification-disabled
        return JWT.create().withSubject(user).sign(Algorithm.none())
    }

    fun verifyUnsigned(token: String): DecodedJWT {
        // ruleid: kotlin-jwt-verification-disabled
        val algorithm = Algorithm.none()
        return JWT.require(algorithm).build().verify(token)
    }

    fun verifySigned(token: String): DecodedJWT {
        // ok: kotlin-jwt-verification-disabled
        return JWT.require(Algorithm.HMAC256(secret)).build().verify(token)
    }

    fun legacyClaims(token: String): Any {
        // ruleid: kotlin-jwt-verification-disabled
        return Jwts.parser().parseClaimsJwt(token).body
    }

    fun unsecuredClaims(token: String): Any {
        // ruleid: kotlin-jwt-verification-disabled
        return Jwts.parser().unsecured().build().parseUnsecuredClaims(token).payload
    }

    fun signedClaims(token: String): Any {
        // ok: kotlin-jwt-verification-disabled
        return Jwts.parser().verifyWith(key()).build().parseSignedClaims(token).payload
    }

    private fun key() = javax.crypto.spec.SecretKeySpec(secret.toByteArray(), "HmacSHA256")
}
