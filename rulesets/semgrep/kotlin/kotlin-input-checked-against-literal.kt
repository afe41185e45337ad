package demo.lending

import android.widget.EditText

class AgentUnlock {
    fun unlock(codeField: EditText): Boolean {
        // ruleid: kotlin-input-checked-against-literal
        return codeField.text.toString() == "agent-2024-master"
    }

    fun applyPromo(promoField: EditText): Boolean {
        val promo: String = "SPRING50"
        // ruleid: kotlin-input-checked-against-literal
        return promoField.text.toString().equals(promo)
    }

    fun isBlank(codeField: EditText, expected: String): Boolean {
        // ok: kotlin-input-checked-against-literal
        val empty = codeField.text.toString() == ""
        // ok: kotlin-input-checked-against-literal
        return codeField.text.toString() == expected
    }
}
