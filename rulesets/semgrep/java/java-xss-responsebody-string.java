package example;

import javax.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@Controller
@RequestMapping("/xss")
class ReflectController {

    @RequestMapping("/reflect")
    @ResponseBody
    public static String reflect(String xss) {
        // ruleid: java-xss-responsebody-string
        return xss;
    }

    @GetMapping("/hello")
    @ResponseBody
    public String hello(@RequestParam("name") String name) {
        // ruleid: java-xss-responsebody-string
        return "Hello " + name;
    }

    @GetMapping("/header")
    @ResponseBody
    public String header(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        // ruleid: java-xss-responsebody-string
        return "<p>" + agent + "</p>";
    }

    @GetMapping("/escaped")
    @ResponseBody
    public String escaped(@RequestParam("name") String name) {
        // ok: java-xss-responsebody-string
        return "Hello " + HtmlUtils.htmlEscape(name);
    }

    @GetMapping(value = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public String json(@RequestParam("name") String name) {
        // ok: java-xss-responsebody-string
        return "{\"name\": \"" + name + "\"}";
    }

    @GetMapping("/count")
    @ResponseBody
    public String count(@RequestParam("name") String name) {
        // ok: java-xss-responsebody-string
        return "length " + name.length();
    }

    @GetMapping("/view")
    public String view(@RequestParam("name") String name) {
        // ok: java-xss-responsebody-string
        return "greeting";
    }
}

@RestController
class EchoApi {

    @GetMapping("/echo")
    public String echo(@RequestParam String text) {
        // ruleid: java-xss-responsebody-string
        return text;
    }

    @GetMapping("/size")
    public int size(@RequestParam String text) {
        // ok: java-xss-responsebody-string
        return text.length();
    }

    @GetMapping("/fixed")
    public String fixed(@RequestParam String text) {
        // ok: java-xss-responsebody-string
        return "ok";
    }
}

@RestController
class CollectorNotesApi {

    private static final List<String> notes = new ArrayList<>();
    private final List<String> branchCodes = new ArrayList<>();
    private final List<String> auditTrail = new ArrayList<>();

    @PostMapping("/notes")
    public Map<String, String> addNote(@RequestBody Map<String, String> body) {
        notes.add(body.get("note"));
        return Map.of("status", "ok");
    }

    @GetMapping("/notes")
    public String listNotes() {
        StringBuilder page = new StringBuilder("<ul>");
        for (String n : notes) {
            page.append("<li>").append(n).append("</li>");
        }
        page.append("</ul>");
        // ruleid: java-xss-responsebody-string
        return page.toString();
    }

    @GetMapping("/notes/escaped")
    public String listEscaped() {
        StringBuilder page = new StringBuilder("<ul>");
        for (String n : notes) {
            page.append("<li>").append(HtmlUtils.htmlEscape(n)).append("</li>");
        }
        // ok: java-xss-responsebody-string
        return page.toString();
    }

    @GetMapping("/branches")
    public String branches() {
        StringBuilder page = new StringBuilder();
        for (String b : branchCodes) {
            page.append(b);
        }
        // ok: java-xss-responsebody-string
        return page.toString();
    }

    @PostMapping("/audit")
    public Map<String, String> audit(@RequestParam String action) {
        auditTrail.add(action);
        return Map.of("status", "ok");
    }

    @GetMapping(value = "/audit", produces = "application/json")
    public String auditJson() {
        StringBuilder out = new StringBuilder("[");
        for (String a : auditTrail) {
            out.append('"').append(a).append('"');
        }
        // ok: java-xss-responsebody-string
        return out.toString();
    }
}
