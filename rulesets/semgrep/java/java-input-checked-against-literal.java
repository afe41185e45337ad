package demo.lending;

import android.widget.EditText;

public class AgentUnlock {
    boolean unlock(EditText codeField) {
        // ruleid: java-input-checked-against-literal
        return codeField.getText().toString().equals("agent-2024-master");
    }

    boolean isEmpty(EditText codeField) {
        // ok: java-input-checked-against-literal
        return codeField.getText().toString().equals("");
    }

    boolean matches(EditText codeField, String expected) {
        // ok: java-input-checked-against-literal
        return codeField.getText().toString().equals(expected);
    }
}
