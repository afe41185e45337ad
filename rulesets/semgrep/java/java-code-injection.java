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
    // a form object searched for: the view is chosen by a helper of the controller
    @GetMapping("/borrowers")
    public String find(BorrowerSearchForm form, Model model) {
        java.util.List<Object> found = service.search(form.getLastName());
        if (found.size() == 1) {
            // ok: java-code-injection
            return showSingle(found);
        }
        // ok: java-code-injection
        return this.showList(model, found);
    }

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

// Spring binds a handler's parameter without annotation from the request all the same
@RestController
class LoanRuleController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/loans/rule")
    public String rule(String expression) {
        // ruleid: java-code-injection
        return parser.parseExpression(expression).getValue().toString();
    }

    @RequestMapping(value = "/loans/rules", method = RequestMethod.POST)
    public String rules(Model model, String[] expressions) {
        // ruleid: java-code-injection
        return parser.parseExpression(expressions[0]).getValue().toString();
    }

    @GetMapping("/loans/rule-fixed")
    public String fixed(String expression) {
        // ok: java-code-injection
        return parser.parseExpression("amount * 0.3").getValue().toString();
    }

    @GetMapping("/loans/rule-model")
    public String model(Model model) {
        // ok: java-code-injection
        return parser.parseExpression(String.valueOf(model)).getValue().toString();
    }

    // not a handler: no mapping annotation, its parameter comes from our own code
    public String evaluate(String expression) {
        // ok: java-code-injection
        return parser.parseExpression(expression).getValue().toString();
    }

    @GetMapping("/loans/term")
    public String term(int months) {
        // ok: java-code-injection
        return parser.parseExpression("12 * " + months).getValue().toString();
    }
}

// the elements of a request collection reach a lambda's parameter (stream operations, forEach,
// a map's forEach), and a constant list handed to the same operations does not
@RestController
class FormulaListController {
    private final ExpressionParser parser = new SpelExpressionParser();
    private static final java.util.Set<String> ALLOWED = java.util.Set.of("amount * 0.2");

    @PostMapping("/formulas")
    public Object formulas(@RequestBody java.util.Map<String, Object> body) {
        java.util.List<String> items = (java.util.List<String>) body.get("items");
        Object[] values = items.stream().map(item -> {
            // ruleid: java-code-injection
            return parser.parseExpression(item).getValue();
        }).toArray();
        // ruleid: java-code-injection
        items.forEach(item -> parser.parseExpression(item).getValue());
        // ruleid: java-code-injection
        items.forEach((String item) -> parser.parseExpression(item).getValue());
        java.util.List<String> fixed = java.util.List.of("amount * 0.2", "term / 12");
        // ok: java-code-injection
        Object[] constants = fixed.stream().map(f -> parser.parseExpression(f).getValue()).toArray();
        // ok: java-code-injection
        fixed.forEach(item -> parser.parseExpression(item).getValue());
        // converted inside the lambda
        // ok: java-code-injection
        items.forEach(item -> parser.parseExpression("12 * " + Integer.parseInt(item)).getValue());
        // checked against an allow-list inside the lambda: the lambda evaluates a constant
        // ok: java-code-injection
        items.stream().filter(item -> ALLOWED.contains(item)).forEach(item -> parser.parseExpression("term / 12"));
        // a stream kept to the members of a constant allow-list
        // ok: java-code-injection
        items.stream().filter(ALLOWED::contains).forEach(item -> parser.parseExpression(item).getValue());
        return values.length + constants.length;
    }

    @GetMapping("/formulas/all")
    public void all(HttpServletRequest request) {
        // ruleid: java-code-injection
        request.getParameterMap().forEach((name, values) -> parser.parseExpression(values[0]));
        // ruleid: java-code-injection
        request.getParameterMap().forEach((name, values) -> parser.parseExpression(name));
        java.util.Optional.ofNullable(request.getParameter("f"))
            // ruleid: java-code-injection
            .ifPresent(f -> parser.parseExpression(f).getValue());
    }
}

// a method reference handed the elements of a request collection is the sink itself; a stream
// kept to the members of a constant allow-list is not request data any more
@RestController
class FormulaReferenceController {
    private final ExpressionParser parser = new SpelExpressionParser();
    private static final java.util.Set<String> ALLOWED = java.util.Set.of("amount * 0.2");
    private static final java.util.Set<String> REQUEST_FORMULAS = new java.util.HashSet<>();

    @PostMapping("/formulas/refs")
    public Object formulas(HttpServletRequest request) {
        java.util.List<String> items = java.util.Arrays.asList(request.getParameterValues("f"));
        // ruleid: java-code-injection
        items.forEach(parser::parseExpression);
        // ruleid: java-code-injection
        Object[] parsed = items.stream().map(parser::parseExpression).toArray();
        // ruleid: java-code-injection
        java.util.Optional.ofNullable(request.getParameter("f")).ifPresent(parser::parseExpression);
        // a method of the class: its body is not followed
        // todoruleid: java-code-injection
        items.forEach(this::evaluate);
        // ok: java-code-injection
        java.util.List.of("amount * 0.2").forEach(parser::parseExpression);
        // a method reference that is no sink
        // ok: java-code-injection
        items.forEach(System.out::println);
        // ok: java-code-injection
        items.stream().filter(ALLOWED::contains).forEach(item -> parser.parseExpression(item).getValue());
        // ok: java-code-injection
        items.stream().filter(ALLOWED::contains).forEach(parser::parseExpression);
        // ok: java-code-injection
        items.stream().filter(item -> ALLOWED.contains(item)).map(parser::parseExpression).count();
        // ok: java-code-injection
        items.stream().filter(java.util.Set.of("term / 12")::contains).forEach(parser::parseExpression);
        // a set named for request data is no allow-list
        // ruleid: java-code-injection
        items.stream().filter(REQUEST_FORMULAS::contains).forEach(parser::parseExpression);
        // a filter that does not compare with constants
        // ruleid: java-code-injection
        items.stream().filter(item -> !item.isEmpty()).forEach(parser::parseExpression);
        return parsed.length;
    }

    private Object evaluate(String formula) {
        return parser.parseExpression(formula).getValue();
    }
}

// Groovy compiles and runs a script handed to a class loader or to Eval as well as to a shell
@RestController
class TariffScriptController {
    @GetMapping("/tariff/compile")
    public Object compile(@RequestParam String script) throws Exception {
        groovy.lang.GroovyClassLoader loader = new groovy.lang.GroovyClassLoader();
        // ruleid: java-code-injection
        Class<?> tariff = loader.parseClass(script);
        // ruleid: java-code-injection
        Class<?> other = new groovy.lang.GroovyClassLoader().parseClass(script, "Tariff.groovy");
        // ok: java-code-injection
        Class<?> fixed = loader.parseClass("return amount * 0.2");
        return tariff.getDeclaredConstructor().newInstance();
    }

    @GetMapping("/tariff/eval")
    public Object eval(String formula, @RequestParam String amount) {
        // ruleid: java-code-injection
        Object a = groovy.util.Eval.me(formula);
        // ruleid: java-code-injection
        Object b = Eval.x(amount, formula);
        // ruleid: java-code-injection
        Object c = Eval.me("amount", amount, formula);
        // the value is bound as a variable, the expression is constant
        // ok: java-code-injection
        Object d = Eval.x(amount, "x * 0.2");
        // ok: java-code-injection
        Object e = Eval.me("amount", amount, "amount * 0.2");
        return java.util.List.of(a, b, c, d, e);
    }

    @PostMapping("/tariff/shell")
    public Object shell(@RequestParam String script) {
        groovy.lang.GroovyShell shell = new groovy.lang.GroovyShell();
        // ruleid: java-code-injection
        groovy.lang.Script parsed = shell.parse(script);
        // ruleid: java-code-injection
        Object ran = shell.run(script, "tariff.groovy", new String[0]);
        return parsed.run();
    }
}
