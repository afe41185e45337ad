package kz.mfo.loans;

import android.content.Intent;
import android.database.sqlite.SQLiteDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class ClientController {
    private JdbcTemplate jdbcTemplate;
    private EntityManager em;
    private Connection connection;

    @GetMapping("/clients")
    public List<Map<String, Object>> byIin(@RequestParam String iin) {
        // ruleid: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM clients WHERE iin = '" + iin + "'");
    }

    @GetMapping("/clients/safe")
    public List<Map<String, Object>> byIinSafe(@RequestParam String iin) {
        // ok: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM clients WHERE iin = ?", iin);
    }

    private static final java.util.regex.Pattern IIN = java.util.regex.Pattern.compile("^\\d{12}$");

    @GetMapping("/clients/checked")
    public List<Map<String, Object>> byIinChecked(@RequestParam String iin) {
        if (!IIN.matcher(iin).matches()) {
            throw new IllegalArgumentException("bad iin");
        }
        // ok: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM clients WHERE iin = '" + iin + "'");
    }

    @GetMapping("/loans/{id}")
    public Object loan(@PathVariable Long id, @RequestParam("sort") String sort) {
        // ok: java-sql-injection
        Object a = em.createNativeQuery("SELECT * FROM loans WHERE id = " + id).getResultList();
        // ruleid: java-sql-injection
        Object b = em.createQuery("select l from Loan l order by " + sort).getResultList();
        // ok: java-sql-injection
        Object c = em.createQuery("select l from Loan l where l.id = :id").setParameter("id", id).getResultList();
        return List.of(a, b, c);
    }

    @PostMapping("/payments/search")
    public void search(HttpServletRequest request) throws Exception {
        String status = request.getParameter("status");
        Statement st = connection.createStatement();
        // ruleid: java-sql-injection
        ResultSet rs = st.executeQuery("SELECT * FROM payments WHERE status = '" + status + "'");
        String sql = String.format("UPDATE payments SET seen = 1 WHERE status = '%s'", status);
        // ruleid: java-sql-injection
        st.executeUpdate(sql);
        // ok: java-sql-injection
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM payments WHERE status = ?");
        ps.setString(1, status);
        // ok: java-sql-injection
        st.executeQuery("SELECT count(*) FROM payments");
    }
}

class NotesStore {
    private final SQLiteDatabase db;

    NotesStore(SQLiteDatabase db) {
        this.db = db;
    }

    void deleteFromIntent(Intent intent) {
        String noteId = intent.getStringExtra("note_id");
        // ruleid: java-sql-injection
        db.execSQL("DELETE FROM notes WHERE id = " + noteId);
        // ok: java-sql-injection
        db.execSQL("DELETE FROM notes WHERE id = ?", new Object[] {noteId});
        // ruleid: java-sql-injection
        db.rawQuery("SELECT * FROM notes WHERE tag = '" + getIntent().getStringExtra("tag") + "'", null);
    }
}

@org.springframework.web.bind.annotation.RestController
class ServerList {
    private final javax.sql.DataSource dataSource;

    ServerList(javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @org.springframework.web.bind.annotation.GetMapping("/servers")
    java.util.List<String> sort(@RequestParam String column) throws Exception {
        try (var connection = dataSource.getConnection()) {
            // ruleid: java-sql-injection
            try (var statement = connection.prepareStatement("select id from servers order by " + column)) {
                statement.executeQuery();
            }
            // ok: java-sql-injection
            try (var statement = connection.prepareStatement("select id from servers where name = ?")) {
                statement.setString(1, column);
            }
        }
        return java.util.List.of();
    }
}

// Spring binds a handler's parameter without annotation from the request all the same
@RestController
class LoanSearchController {
    private Connection connection;

    @GetMapping("/loans/search")
    public Object search(String borrower) throws Exception {
        Statement st = connection.createStatement();
        // ruleid: java-sql-injection
        return st.executeQuery("SELECT * FROM loans WHERE borrower = '" + borrower + "'");
    }

    @PatchMapping("/loans/status")
    public Object status(Principal principal, String status) throws Exception {
        // ruleid: java-sql-injection
        return connection.prepareStatement("UPDATE loans SET status = '" + status + "'").executeUpdate();
    }

    @GetMapping("/loans/search-fixed")
    public Object fixed(String borrower) throws Exception {
        Statement st = connection.createStatement();
        // ok: java-sql-injection
        return st.executeQuery("SELECT * FROM loans WHERE status = 'OPEN'");
    }

    @GetMapping("/loans/search-model")
    public Object model(Model model) throws Exception {
        Statement st = connection.createStatement();
        // ok: java-sql-injection
        return st.executeQuery("SELECT * FROM loans WHERE note = '" + model.getAttribute("note") + "'");
    }

    // not a handler: no mapping annotation
    public Object byBranch(String branch) throws Exception {
        Statement st = connection.createStatement();
        // ok: java-sql-injection
        return st.executeQuery("SELECT * FROM loans WHERE branch = '" + branch + "'");
    }

    @GetMapping("/loans/by-id")
    public Object byId(int id) throws Exception {
        Statement st = connection.createStatement();
        // ok: java-sql-injection
        return st.executeQuery("SELECT * FROM loans WHERE id = " + id);
    }
}

// MyBatis Generator's Example and PageHelper paste an order-by text into the statement as it is
@RestController
class LoanListController {
    private LoanMapper loanMapper;

    @GetMapping("/loans/list")
    public Object list(@RequestParam String sort, @RequestParam String order) {
        LoanExample example = new LoanExample();
        // ruleid: java-sql-injection
        example.setOrderByClause(sort + " " + order);
        return loanMapper.selectByExample(example);
    }

    @GetMapping("/loans/page")
    public Object page(String orderBy) {
        // ruleid: java-sql-injection
        PageHelper.startPage(1, 20, orderBy);
        // ruleid: java-sql-injection
        PageHelper.orderBy(orderBy);
        return loanMapper.selectByExample(new LoanExample());
    }

    @GetMapping("/loans/newest")
    public Object newest(@RequestParam String sort) {
        LoanExample example = new LoanExample();
        // ok: java-sql-injection
        example.setOrderByClause("created_at desc");
        // ok: java-sql-injection
        PageHelper.startPage(1, 20, "created_at desc");
        return loanMapper.selectByExample(example);
    }

    @GetMapping("/loans/sorted")
    public Object sorted(@RequestParam String sort) {
        LoanExample example = new LoanExample();
        // ok: java-sql-injection
        example.setOrderByClause(SORTABLE.get(sort));
        return loanMapper.selectByExample(example);
    }
}

// MyBatis-Plus pastes the text given to a Wrapper's last() and apply() into the statement
@RestController
class LoanWrapperController {
    private LoanMapper loanMapper;

    @GetMapping("/loans/wrapped")
    public Object wrapped(@RequestParam String limit, @RequestParam String since) {
        QueryWrapper<Loan> query = new QueryWrapper<>();
        // ruleid: java-sql-injection
        query.last("limit " + limit);
        LambdaQueryWrapper<Loan> lambda = Wrappers.lambdaQuery();
        // ruleid: java-sql-injection
        lambda.apply("created_at > '" + since + "'");
        // ok: java-sql-injection
        lambda.apply("created_at > {0}", since);
        // ok: java-sql-injection
        query.last("limit 20");
        java.util.function.Function<String, String> trim = String::trim;
        // ok: java-sql-injection
        trim.apply(since);
        return loanMapper.selectList(query);
    }
}

// Request beans: a record or a form object bound from the request, and gRPC request messages
record LoanSearch(String region, String sortColumn) {}

class LoanSearchForm {
    private String region;

    public String getRegion() {
        return region;
    }
}

@RestController
class LoanSearchController {
    private JdbcTemplate jdbcTemplate;

    @PostMapping("/loans/search")
    public List<Map<String, Object>> search(@RequestBody LoanSearch search) {
        // ruleid: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE region = '" + search.region() + "'");
    }

    // a form object without annotation is bound from the request parameters (@ModelAttribute)
    @GetMapping("/loans/form")
    public List<Map<String, Object>> form(LoanSearchForm form) {
        String region = form.getRegion();
        // ruleid: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE region = '" + region + "'");
    }

    // a validated form object is bound the same way
    @PostMapping("/loans/form-checked")
    public List<Map<String, Object>> formChecked(@Valid LoanSearchForm form, BindingResult result) {
        // ruleid: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE region = '" + form.getRegion() + "'");
    }

    @GetMapping("/loans/mine")
    public List<Map<String, Object>> mine(java.security.Principal principal, org.springframework.data.domain.Pageable pageable) {
        // ok: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE owner = '" + principal.getName() + "' LIMIT " + pageable.getPageSize());
    }

    @GetMapping("/loans/bound")
    public List<Map<String, Object>> bound(LoanSearchForm form) {
        // ok: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE region = ?", form.getRegion());
    }

    // not a handler: the form comes from the application's own code
    public List<Map<String, Object>> internal(LoanSearchForm form) {
        // ok: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE region = '" + form.getRegion() + "'");
    }
}

class LoanGrpcService extends LoanServiceGrpc.LoanServiceImplBase {
    private JdbcTemplate jdbcTemplate;

    @Override
    public void findLoans(FindLoansRequest request, io.grpc.stub.StreamObserver<FindLoansReply> responseObserver) {
        String iin = request.getIin();
        // ruleid: java-sql-injection
        jdbcTemplate.queryForList("SELECT * FROM loans WHERE iin = '" + iin + "'");
        responseObserver.onCompleted();
    }

    @Override
    public void countLoans(CountLoansRequest request, StreamObserver<CountLoansReply> responseObserver) {
        // ok: java-sql-injection
        jdbcTemplate.queryForList("SELECT * FROM loans WHERE iin = ?", request.getIin());
        responseObserver.onCompleted();
    }

    // a private helper's parameter is not a request message
    private void log(FindLoansRequest request, java.util.List<String> out) {
        // ok: java-sql-injection
        jdbcTemplate.queryForList("SELECT * FROM audit WHERE iin = '" + out.get(0) + "'");
    }
}

// a statement or template handed the elements of a request collection runs each as SQL
class SqlReferenceServlet {
    private static final java.util.Set<String> REPORTS = java.util.Set.of("select count(*) from loans");

    void run(HttpServletRequest request, Statement stmt, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate)
            throws Exception {
        List<String> queries = java.util.Arrays.asList(request.getParameterValues("q"));
        // ruleid: java-sql-injection
        queries.forEach(jdbcTemplate::queryForList);
        // ruleid: java-sql-injection
        queries.stream().map(stmt::addBatch).count();
        // ok: java-sql-injection
        queries.stream().filter(REPORTS::contains).forEach(jdbcTemplate::queryForList);
        // ok: java-sql-injection
        List.of("select 1").forEach(jdbcTemplate::queryForList);
    }
}

// Android: the selection (WHERE clause) of a content provider or SQLite query is SQL text too
class ClientSearchActivity extends android.app.Activity {
    private android.database.sqlite.SQLiteDatabase db;

    public void search(android.view.View view) {
        android.widget.EditText field = (android.widget.EditText) findViewById(R.id.search);
        String where = "name='" + field.getText().toString() + "'";
        android.net.Uri clients = android.net.Uri.parse("content://kz.mfo.provider/clients");
        // ruleid: java-sql-injection
        android.database.Cursor a = managedQuery(clients, null, where, null, "name");
        // ruleid: java-sql-injection
        android.database.Cursor b = getContentResolver().query(clients, null, where, null, null);
        // ruleid: java-sql-injection
        android.database.Cursor c = db.query("clients", null, where, null, null, null, null);
        // ruleid: java-sql-injection
        int d = db.delete("clients", where, null);
        // the value bound as a selection argument
        // ok: java-sql-injection
        android.database.Cursor e = getContentResolver().query(clients, null, "name=?", new String[] {field.getText().toString()}, null);
        // ok: java-sql-injection
        android.database.Cursor f = db.query("clients", null, "name=?", new String[] {field.getText().toString()}, null, null, null);
    }
}

// a record received from a network peer is request data
class LegacyTerminalGateway {
    void handle(java.net.Socket socket, java.sql.Connection conn) throws Exception {
        java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
        String account = in.readUTF();
        java.sql.Statement st = conn.createStatement();
        // ruleid: java-sql-injection
        st.executeQuery("SELECT balance FROM accounts WHERE id = '" + account + "'");
        java.sql.PreparedStatement ps = conn.prepareStatement("SELECT balance FROM accounts WHERE id = ?");
        ps.setString(1, account);
        // ok: java-sql-injection
        ps.executeQuery();
    }
}
