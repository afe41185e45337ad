package kz.mfo.loans

import android.database.sqlite.SQLiteDatabase
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.web.bind.annotation.*

private val IIN = Regex("^\\d{12}$")

@RestController
class ClientController(private val jdbcTemplate: JdbcTemplate) {

    @GetMapping("/clients")
    fun byIin(@RequestParam iin: String): List<Map<String, Any>> {
        // ruleid: kotlin-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM clients WHERE iin = '$iin'")
    }

    @GetMapping("/clients/safe")
    fun byIinSafe(@RequestParam iin: String): List<Map<String, Any>> {
        // ok: kotlin-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM clients WHERE iin = ?", iin)
    }

    @GetMapping("/clients/checked")
    fun byIinChecked(@RequestParam iin: String): List<Map<String, Any>> {
        require(IIN.matches(iin)) { "bad iin" }
        // ok: kotlin-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM clients WHERE iin = '$iin'")
    }

    @GetMapping("/loans/{id}")
    fun loan(@PathVariable("id") id: String): List<Map<String, Any>> {
        // ok: kotlin-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE id = " + id.toLong())
    }
}

fun Application.paymentRoutes(conn: java.sql.Connection) {
    routing {
        get("/payments") {
            val status = call.request.queryParameters["status"]
            val st = conn.createStatement()
            // ruleid: kotlin-sql-injection
            val rs = st.executeQuery("SELECT * FROM payments WHERE status = '" + status + "'")
            // ok: kotlin-sql-injection
            val ps = conn.prepareStatement("SELECT * FROM payments WHERE status = ?")
            call.respondText("ok")
        }
    }
}

class LocalCache(private val db: SQLiteDatabase) {
    fun find(intent: android.content.Intent) {
        val id = intent.getStringExtra("loan_id")
        // ruleid: kotlin-sql-injection
        db.rawQuery("SELECT * FROM loans WHERE id = '$id'", null)
        // ok: kotlin-sql-injection
        db.rawQuery("SELECT * FROM loans WHERE id = ?", arrayOf(id))
    }
}

// a nullable receiver (a field injected after construction, a nullable request): written with a
// not-null assertion (`!!`) or a safe call (`?.`)
@RestController
class ReportController {
    @Autowired
    internal var jdbcTemplate: JdbcTemplate? = null

    @GetMapping("/report")
    fun report(@RequestParam region: String): List<Map<String, Any>>? {
        // ruleid: kotlin-sql-injection
        jdbcTemplate!!.queryForList("SELECT * FROM loans WHERE region = '$region'")
        // ruleid: kotlin-sql-injection
        return jdbcTemplate?.queryForList("SELECT * FROM loans WHERE region = '" + region + "'")
    }

    @GetMapping("/report/safe")
    fun reportSafe(@RequestParam region: String): List<Map<String, Any>>? {
        // ok: kotlin-sql-injection
        return jdbcTemplate?.queryForList("SELECT * FROM loans WHERE region = ?", region)
    }

    fun legacy(request: HttpServletRequest?, conn: java.sql.Connection) {
        val branch = request?.getParameter("branch")
        val stmt = conn.createStatement()
        // ruleid: kotlin-sql-injection
        stmt?.executeQuery("SELECT * FROM branches WHERE code = '" + branch + "'")
        val region = request!!.getParameter("region")
        // ruleid: kotlin-sql-injection
        stmt!!.execute("SELECT * FROM regions WHERE code = '" + region + "'")
    }

    @PostMapping("/report/run")
    fun runReport(@RequestParam name: String, transaction: org.jetbrains.exposed.sql.Transaction) {
        // ok: kotlin-sql-injection
        Runtime.getRuntime().exec("report-export --name " + name)
        val runtime = Runtime.getRuntime()
        // ok: kotlin-sql-injection
        runtime.exec(arrayOf("report-export", "--name", name))
        // ruleid: kotlin-sql-injection
        transaction.exec("SELECT * FROM reports WHERE name = '" + name + "'")
    }
}

// a record received from a network peer is request data
class LegacyTerminalGateway(private val conn: java.sql.Connection) {
    fun handle(socket: java.net.Socket) {
        val account = java.io.DataInputStream(socket.getInputStream()).readUTF()
        // ruleid: kotlin-sql-injection
        conn.createStatement().executeQuery("SELECT balance FROM accounts WHERE id = '$account'")
        val ps = conn.prepareStatement("SELECT balance FROM accounts WHERE id = ?")
        ps.setString(1, account)
        // ok: kotlin-sql-injection
        ps.executeQuery()
    }
}
