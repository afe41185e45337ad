package kz.mfo.search;

import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.*;

@RestController
public class SearchController {
    @GetMapping("/clients/search")
    public boolean search(@RequestParam String q, @RequestParam String name) {
        // ruleid: java-redos-dynamic-regex
        Pattern p = Pattern.compile(q);
        // ruleid: java-redos-dynamic-regex
        boolean m = name.matches("^" + q + ".*$");
        // ok: java-redos-dynamic-regex
        Pattern p2 = Pattern.compile(Pattern.quote(q));
        // ok: java-redos-dynamic-regex
        boolean iin = q.matches("\\d{12}");
        return p.matcher(name).find() && m && p2.matcher(name).find() && iin;
    }
}

// Spring binds a handler's parameter without annotation from the request all the same
@RestController
class LoanFilterController {
    @GetMapping("/loans/filter")
    public boolean filter(String pattern) {
        // ruleid: java-redos-dynamic-regex
        return Pattern.compile(pattern).matcher("borrower").find();
    }

    @GetMapping("/loans/filter-fixed")
    public boolean fixed(String pattern) {
        // ok: java-redos-dynamic-regex
        return Pattern.compile("^[A-Z]{2}[0-9]{6}$").matcher(pattern).find();
    }

    // not a handler: no mapping annotation
    public boolean check(String pattern) {
        // ok: java-redos-dynamic-regex
        return Pattern.compile(pattern).matcher("borrower").find();
    }

    @GetMapping("/loans/filter-id")
    public boolean byId(int id) {
        // ok: java-redos-dynamic-regex
        return Pattern.compile("^" + id + "$").matcher("borrower").find();
    }
}

// a pattern compiled from each element of a request collection
class PatternReferenceServlet {
    private static final java.util.Set<String> SAFE = java.util.Set.of("^[0-9]{12}$");

    void compile(javax.servlet.http.HttpServletRequest request) {
        java.util.List<String> patterns = java.util.Arrays.asList(request.getParameterValues("re"));
        // ruleid: java-redos-dynamic-regex
        patterns.stream().map(Pattern::compile).count();
        // ok: java-redos-dynamic-regex
        patterns.stream().filter(SAFE::contains).map(Pattern::compile).count();
        // ok: java-redos-dynamic-regex
        java.util.List.of("^[0-9]+$").stream().map(Pattern::compile).count();
    }
}
