package demo.lending;

import android.util.Log;

public class PaymentScreen {
    void onFailure(String pan, String clientId, Exception e) {
        // ruleid: java-log-labelled-secret
        Log.e("pay", "Payment failed for credit card: " + pan);
        // ruleid: java-log-labelled-secret
        System.out.println("OTP = " + readOtp() + " sent");
        // ok: java-log-labelled-secret
        Log.e("pay", "Payment failed for client " + clientId, e);
        // ok: java-log-labelled-secret
        Log.d("auth", "Password was changed");
        // ok: java-log-labelled-secret
        Log.w("auth", "password policy: " + "min 12 characters");
    }

    String readOtp() { return ""; }
}
