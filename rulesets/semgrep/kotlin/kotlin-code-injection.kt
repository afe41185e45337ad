package kz.mfo.scoring

import javax.script.ScriptEngineManager
import org.springframework.expression.spel.standard.SpelExpressionParser
import org.springframework.web.bind.annotation.*

@RestController
class ScoringController {
    private val parser = SpelExpressionParser()

    @GetMapping("/score")
    fun score(@RequestParam formula: String): Any? {
        // ruleid: kotlin-code-injection
        val a = parser.parseExpression(formula).value
        val engine = ScriptEngineManager().getEngineByName("js")
        // ruleid: kotlin-code-injection
        val b = engine.eval("var rate = $formula;")
        // ok: kotlin-code-injection
        val c = parser.parseExpression("amount * 0.2").value
        return listOf(a, b, c)
    }
}

// a nullable servlet request: read with a safe call (`?.`) or a not-null assertion (`!!`)
class NullableRequestHandler {
    fun handle(request: HttpServletRequest?, response: HttpServletResponse, webView: WebView) {
        val a = request?.getParameter("a")
        // ruleid: kotlin-code-injection
        ScriptEngineManager().getEngineByName("js").eval(a)
        val b = request!!.getParameter("b")
        // ruleid: kotlin-code-injection
        ScriptEngineManager().getEngineByName("js").eval(b)
    }
}

// a sink on a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableReceiverEval {
    fun handle(request: HttpServletRequest, engine: ScriptEngine?, parser: ExpressionParser?) {
        val a = request.getParameter("a")
        // ruleid: kotlin-code-injection
        engine?.eval(a)
        // ruleid: kotlin-code-injection
        parser?.parseExpression(a)
        // ok: kotlin-code-injection
        engine?.put("input", a)
    }
}

// Groovy compiles and runs a script handed to a class loader or to Eval as well as to a shell
@RestController
class TariffScriptController {
    @GetMapping("/tariff/compile")
    fun compile(@RequestParam script: String): Any {
        val loader = groovy.lang.GroovyClassLoader()
        // ruleid: kotlin-code-injection
        val tariff = loader.parseClass(script)
        // ruleid: kotlin-code-injection
        val other = GroovyClassLoader().parseClass(script, "Tariff.groovy")
        // ok: kotlin-code-injection
        val fixed = loader.parseClass("return amount * 0.2")
        return tariff.getDeclaredConstructor().newInstance()
    }

    @GetMapping("/tariff/eval")
    fun eval(@RequestParam formula: String, @RequestParam amount: String): Any {
        // ruleid: kotlin-code-injection
        val a = Eval.me(formula)
        // ruleid: kotlin-code-injection
        val b = Eval.x(amount, formula)
        // ok: kotlin-code-injection
        val c = Eval.x(amount, "x * 0.2")
        return listOf(a, b, c)
    }
}
