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
