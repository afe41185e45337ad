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
