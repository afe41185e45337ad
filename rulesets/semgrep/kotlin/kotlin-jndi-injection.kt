package kz.mfo.integration

import io.ktor.server.application.*
import io.ktor.server.routing.*
import javax.naming.Context
import javax.naming.InitialContext
import javax.naming.directory.InitialDirContext
import javax.servlet.http.HttpServletRequest
import org.springframework.jndi.JndiTemplate
import org.springframework.web.bind.annotation.*

@RestController
class DataSourceController(private val jndi: JndiTemplate) {
    private val ctx: Context = InitialContext()

    @GetMapping("/datasource")
    fun find(@RequestParam name: String, request: HttpServletRequest): Any {
        // ruleid: kotlin-jndi-injection
        val a = InitialContext().lookup(name)
        // ruleid: kotlin-jndi-injection
        val b = ctx.lookup("java:comp/env/" + request.getParameter("pool"))
        // ruleid: kotlin-jndi-injection
        val c = jndi.lookup(name)
        // ruleid: kotlin-jndi-injection
        val d = JndiTemplate().lookup("$name", javax.sql.DataSource::class.java)
        return listOf(a, b, c, d)
    }

    @GetMapping("/directory")
    fun directory(@RequestHeader("X-Directory") url: String): Any? {
        val dir = InitialDirContext()
        // ruleid: kotlin-jndi-injection
        return dir.lookup(url)
    }

    @GetMapping("/datasource/safe")
    fun findSafe(@RequestParam name: String): Any {
        // a name chosen from a constant table
        // ok: kotlin-jndi-injection
        val a = ctx.lookup(SOURCES[name] ?: "java:comp/env/jdbc/main")
        // ok: kotlin-jndi-injection
        val b = InitialContext().lookup("java:comp/env/jdbc/main")
        // a lookup that is no naming context
        // ok: kotlin-jndi-injection
        val rate = rates.lookup(name)
        return listOf(a, b, rate)
    }

    companion object {
        val SOURCES = mapOf("main" to "java:comp/env/jdbc/main")
    }
}

fun Route.resolver() {
    get("/resolve") {
        val target = call.request.queryParameters["target"]
        // ruleid: kotlin-jndi-injection
        val found = InitialContext().lookup(target)
        val rowSet = javax.sql.rowset.RowSetProvider.newFactory().createJdbcRowSet()
        // ruleid: kotlin-jndi-injection
        rowSet.dataSourceName = target
        // ruleid: kotlin-jndi-injection
        rowSet.setDataSourceName(target)
    }
}
