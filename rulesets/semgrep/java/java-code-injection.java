package kz.mfo.scoring;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@RestController
public class ScoringController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/score")
    public Object score(@RequestParam String formula) throws Exception {
        // ruleid: java-code-injection
        Object a = parser.parseExpression(formula).getValue();
        ScriptEngine js = new ScriptEngineManager().getEngineByName("js");
        // ruleid: java-code-injection
        Object b = js.eval("var rate = " + formula + ";");
        // ok: java-code-injection
        Object c = parser.parseExpression("amount * 0.2").getValue();
        return a.toString() + b + c;
    }
}

@Controller
class PageController {
    @GetMapping("/page")
    public String page(@RequestParam String lang) {
        // ruleid: java-code-injection
        return "pages/" + lang + "/offer";
    }

    @GetMapping("/page2")
    public String page2(@RequestParam String lang) {
        // ok: java-code-injection
        return "pages/offer";
    }
}
