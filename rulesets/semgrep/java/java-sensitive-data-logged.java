package kz.mfo.auth;

import android.util.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LoginService {
    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    public void login(String username, String password, String otpCode) {
        // ruleid: java-sensitive-data-logged
        log.info("login {} with password {}", username, password);
        // ruleid: java-sensitive-data-logged
        log.debug("otp for " + username + ": " + otpCode);
        // ok: java-sensitive-data-logged
        log.info("login attempt for {}", username);
        // ok: java-sensitive-data-logged
        log.warn("password reset requested");
    }

    public void pay(Card card) {
        // ruleid: java-sensitive-data-logged
        log.info("charging card {}", card.getCardNumber());
        // ok: java-sensitive-data-logged
        log.info("charging card ending {}", card.getLast4());
    }

    public void onLogin(String login, String password) {
        // ruleid: java-sensitive-data-logged
        Log.d("Login", "signing in " + login + " / " + password);
        // ok: java-sensitive-data-logged
        Log.d("Login", "signing in " + login);
    }

    public void printToConsole(String phone, String otpCode, String cardNumber) {
        // the console's streams are logs too
        // ruleid: java-sensitive-data-logged
        System.err.println("otp for " + phone + ": " + otpCode);
        // ruleid: java-sensitive-data-logged
        System.out.printf("card %s%n", cardNumber);
        // ok: java-sensitive-data-logged
        System.out.printf("otp sent to %s%n", phone);
    }
}
