package kz.mfo.web;

import org.apache.catalina.Context;
import org.apache.catalina.util.StandardSessionIdGenerator;

public class TomcatSessions {
    public void customize(Context context) {
        // one random byte: 256 possible session ids
        // ruleid: java-session-id-too-short
        context.getManager().getSessionIdGenerator().setSessionIdLength(1);
    }

    public StandardSessionIdGenerator generator() {
        StandardSessionIdGenerator g = new StandardSessionIdGenerator();
        // ruleid: java-session-id-too-short
        g.setSessionIdLength(8);
        return g;
    }

    public void customizeLong(Context context) {
        // Tomcat's default is 16 bytes
        // ok: java-session-id-too-short
        context.getManager().getSessionIdGenerator().setSessionIdLength(16);
    }

    public void customizeLonger(Context context) {
        // ok: java-session-id-too-short
        context.getManager().getSessionIdGenerator().setSessionIdLength(32);
    }

    public void configured(Context context, int length) {
        // a value read from configuration is not judged
        // ok: java-session-id-too-short
        context.getManager().getSessionIdGenerator().setSessionIdLength(length);
    }
}
