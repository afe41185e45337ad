package kz.mfo.loans;

import com.mongodb.BasicDBObject;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import javax.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ApplicationSearch {
    private MongoCollection<Document> loans;
    private MongoTemplate mongo;

    @GetMapping("/applications")
    public Document byBorrower(@RequestParam String borrower) {
        // ruleid: java-nosql-injection
        return loans.find(Document.parse("{ borrower: '" + borrower + "' }")).first();
    }

    @GetMapping("/applications/{status}")
    public Object byStatus(@PathVariable("status") String status) {
        String json = String.format("{ \"status\": \"%s\" }", status);
        // ruleid: java-nosql-injection
        return mongo.find(new BasicQuery(json), Object.class);
    }

    @GetMapping("/applications/where")
    public Document byExpression(@RequestParam String expr) {
        // ruleid: java-nosql-injection
        return loans.find(Filters.where("this.amount > " + expr)).first();
    }

    @GetMapping("/applications/legacy")
    public Object legacy(@RequestParam String branch) {
        // ruleid: java-nosql-injection
        return BasicDBObject.parse("{branch: '" + branch + "'}");
    }

    @GetMapping("/applications/safe")
    public Document byBorrowerSafe(@RequestParam String borrower) {
        // ok: java-nosql-injection
        return loans.find(Filters.eq("borrower", borrower)).first();
    }

    @GetMapping("/applications/criteria")
    public Object byCriteria(@RequestParam String status) {
        // ok: java-nosql-injection
        return mongo.find(new Query(Criteria.where("status").is(status)), Object.class);
    }

    @GetMapping("/applications/fixed")
    public Document fixed() {
        // ok: java-nosql-injection
        return loans.find(Document.parse("{ status: 'OPEN' }")).first();
    }

    @GetMapping("/applications/number")
    public Document byNumber(@RequestParam String amount) {
        long value = Long.parseLong(amount);
        // ok: java-nosql-injection
        return loans.find(Document.parse("{ amount: " + value + " }")).first();
    }

    public Document servletSearch(HttpServletRequest request) {
        String iin = request.getParameter("iin");
        // ruleid: java-nosql-injection
        return loans.find(Document.parse("{ iin: '" + iin + "' }")).first();
    }

    public Document configuredFilter(String filterJson) {
        // ok: java-nosql-injection
        return loans.find(Document.parse(filterJson)).first();
    }
}

class BulkSearch {
    private static final java.util.Set<String> ALLOWED = java.util.Set.of("{status: 'OPEN'}", "{status: 'CLOSED'}");

    @GetMapping("/applications/bulk")
    public java.util.List<Document> bulk(@RequestParam java.util.List<String> filters) {
        // ruleid: java-nosql-injection
        return filters.stream().map(Document::parse).collect(java.util.stream.Collectors.toList());
    }

    @GetMapping("/applications/bulk-allowed")
    public java.util.List<Document> bulkAllowed(@RequestParam java.util.List<String> filters) {
        // ok: java-nosql-injection
        return filters.stream().filter(ALLOWED::contains).map(Document::parse).collect(java.util.stream.Collectors.toList());
    }

    @GetMapping("/applications/each")
    public void each(@RequestParam java.util.List<String> branches, MongoCollection<Document> loans) {
        branches.forEach(b -> {
            // ruleid: java-nosql-injection
            loans.find(Document.parse("{branch: '" + b + "'}"));
        });
    }
}
