package kz.mfo.integration;

import javax.naming.Context;
import javax.naming.InitialContext;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.*;

@RestController
public class DataSourceController {
    private static final java.util.Map<String, String> SOURCES = java.util.Map.of("main", "java:comp/env/jdbc/main");

    @GetMapping("/datasource")
    public Object find(@RequestParam String name, HttpServletRequest request) throws Exception {
        Context ctx = new InitialContext();
        // ruleid: java-jndi-injection
        Object a = ctx.lookup(name);
        // ruleid: java-jndi-injection
        Object b = new InitialContext().lookup("java:comp/env/" + request.getParameter("pool"));
        // a name chosen from a constant table
        // ok: java-jndi-injection
        Object c = ctx.lookup(SOURCES.get(name));
        // ok: java-jndi-injection
        Object d = ctx.lookup("java:comp/env/jdbc/main");
        // each name of a request list looked up by a method reference
        // ruleid: java-jndi-injection
        java.util.Arrays.asList(request.getParameterValues("pool")).forEach(ctx::lookup);
        // ok: java-jndi-injection
        java.util.List.of("java:comp/env/jdbc/main").forEach(ctx::lookup);
        return java.util.List.of(a, b, c, d);
    }

    // Spring binds an unannotated parameter from the query string; a context of another class
    @GetMapping("/resolve")
    public String resolve(String target) throws Exception {
        com.sun.jndi.url.dns.dnsURLContext context = new com.sun.jndi.url.dns.dnsURLContext(new java.util.Hashtable<>());
        // ruleid: java-jndi-injection
        context.lookup(target);
        javax.sql.rowset.JdbcRowSet rowSet = javax.sql.rowset.RowSetProvider.newFactory().createJdbcRowSet();
        // ruleid: java-jndi-injection
        rowSet.setDataSourceName(target);
        // a lookup that is no naming context
        // ok: java-jndi-injection
        Object rate = rates.lookup(target);
        return "ok";
    }

    private final RateTable rates = new RateTable();
}
