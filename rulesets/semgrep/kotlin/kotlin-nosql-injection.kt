package kz.mfo.loans

import com.mongodb.BasicDBObject
import com.mongodb.client.MongoCollection
import com.mongodb.client.model.Filters
import io.ktor.server.application.ApplicationCall
import jakarta.servlet.http.HttpServletRequest
import org.bson.Document
import org.springframework.data.mongodb.core.MongoTemplate
import org.springframework.data.mongodb.core.query.BasicQuery
import org.springframework.data.mongodb.core.query.Criteria
import org.springframework.data.mongodb.core.query.Query
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController

@RestController
class ApplicationSearch(private val loans: MongoCollection<Document>, private val mongo: MongoTemplate) {
    @GetMapping("/applications")
    fun byBorrower(@RequestParam borrower: String): Document? {
        // ruleid: kotlin-nosql-injection
        return loans.find(Document.parse("{ borrower: '$borrower' }")).first()
    }

    @GetMapping("/applications/{status}")
    fun byStatus(@PathVariable status: String): List<Any> {
        val json = "{ \"status\": \"" + status + "\" }"
        // ruleid: kotlin-nosql-injection
        return mongo.find(BasicQuery(json), Any::class.java)
    }

    @GetMapping("/applications/where")
    fun byExpression(@RequestParam expr: String): Document? {
        // ruleid: kotlin-nosql-injection
        return loans.find(Filters.where("this.amount > $expr")).first()
    }

    @GetMapping("/applications/legacy")
    fun legacy(@RequestParam branch: String): Any {
        // ruleid: kotlin-nosql-injection
        val filter = BasicDBObject.parse("{branch: '$branch'}")
        return filter
    }

    @GetMapping("/applications/safe")
    fun byBorrowerSafe(@RequestParam borrower: String): Document? {
        // ok: kotlin-nosql-injection
        return loans.find(Filters.eq("borrower", borrower)).first()
    }

    @GetMapping("/applications/criteria")
    fun byCriteria(@RequestParam status: String): List<Any> {
        // ok: kotlin-nosql-injection
        return mongo.find(Query(Criteria.where("status").`is`(status)), Any::class.java)
    }

    @GetMapping("/applications/fixed")
    fun fixed(): Document? {
        // ok: kotlin-nosql-injection
        return loans.find(Document.parse("{ status: 'OPEN' }")).first()
    }

    @GetMapping("/applications/number")
    fun byNumber(@RequestParam amount: String): Document? {
        val value = amount.toLong()
        // ok: kotlin-nosql-injection
        return loans.find(Document.parse("{ amount: $value }")).first()
    }
}

fun ktorSearch(call: ApplicationCall, loans: MongoCollection<Document>): Document? {
    val phone = call.parameters["phone"]
    // ruleid: kotlin-nosql-injection
    return loans.find(Document.parse("{ phone: '$phone' }")).first()
}

fun servletSearch(request: HttpServletRequest, loans: MongoCollection<Document>): Document? {
    val iin = request.getParameter("iin")
    // ruleid: kotlin-nosql-injection
    return loans.find(Document.parse("{ iin: '" + iin + "' }")).first()
}

fun configuredFilter(loans: MongoCollection<Document>, filterJson: String): Document? {
    // ok: kotlin-nosql-injection
    return loans.find(Document.parse(filterJson)).first()
}
