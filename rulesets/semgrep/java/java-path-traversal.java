package kz.mfo.docs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.commons.io.FilenameUtils;
import org.springframework.web.bind.annotation.*;

@RestController
public class ContractController {
    private static final String BASE = "/srv/mfo/contracts";

    @GetMapping("/contracts")
    public byte[] download(@RequestParam String name) throws Exception {
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get(BASE, name));
    }

    @GetMapping("/contracts/safe")
    public byte[] downloadSafe(@RequestParam String name) throws Exception {
        // ok: java-path-traversal
        return Files.readAllBytes(Paths.get(BASE, FilenameUtils.getName(name)));
    }

    @DeleteMapping("/contracts/{name}")
    public void delete(@PathVariable String name) {
        // ruleid: java-path-traversal
        new File(BASE + "/" + name).delete();
        // ok: java-path-traversal
        new File(BASE, "terms.pdf").exists();
    }
}

// Spring binds a handler's parameter without annotation from the request all the same
@RestController
class LoanDocumentController {
    private static final String DOCS = "/data/loan-documents";

    @GetMapping("/loans/document")
    public byte[] document(String fileName) throws Exception {
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get(DOCS, fileName));
    }

    @DeleteMapping("/loans/documents")
    public void delete(List<String> names) {
        for (String n : names) {
            // ruleid: java-path-traversal
            new File(DOCS + "/" + n).delete();
        }
    }

    @GetMapping("/loans/document-fixed")
    public byte[] fixed(String fileName) throws Exception {
        // ok: java-path-traversal
        return Files.readAllBytes(Paths.get(DOCS, "offer.pdf"));
    }

    @GetMapping("/loans/document-model")
    public boolean model(Model model) {
        // ok: java-path-traversal
        return new File(DOCS + "/" + model).exists();
    }

    // not a handler: no mapping annotation
    public byte[] readTemplate(String fileName) throws Exception {
        // ok: java-path-traversal
        return Files.readAllBytes(Paths.get(DOCS, fileName));
    }

    @GetMapping("/loans/document-by-id")
    public boolean byId(int id) {
        // ok: java-path-traversal
        return new File(DOCS + "/" + id + ".pdf").exists();
    }
}

record StatementRequest(String fileName) {}

@RestController
class StatementBeanController {
    @PostMapping("/statements/read")
    public byte[] read(@RequestBody StatementRequest req) throws Exception {
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get("/srv/statements", req.fileName()));
    }

    @GetMapping("/statements/own")
    public byte[] own(org.springframework.security.core.Authentication auth) throws Exception {
        // ok: java-path-traversal
        return Files.readAllBytes(Paths.get("/srv/statements", auth.getName()));
    }

    // a path on the class path or in the web application: "../" reaches the application's
    // configuration and classes (application.properties, WEB-INF/web.xml)
    @GetMapping("/forms")
    public byte[] form(@RequestParam String name) throws Exception {
        // ruleid: java-path-traversal
        return new org.springframework.core.io.ClassPathResource("/forms/" + name).getInputStream().readAllBytes();
    }

    @GetMapping("/templates")
    public byte[] template(javax.servlet.http.HttpServletRequest request) throws Exception {
        String name = request.getParameter("name");
        // ruleid: java-path-traversal
        return getClass().getResourceAsStream("/templates/" + name).readAllBytes();
    }

    @GetMapping("/forms/safe")
    public byte[] formSafe(@RequestParam String name) throws Exception {
        // ok: java-path-traversal
        return new org.springframework.core.io.ClassPathResource("/forms/" + FilenameUtils.getName(name)).getInputStream().readAllBytes();
    }

    @GetMapping("/terms")
    public byte[] terms() throws Exception {
        // ok: java-path-traversal
        return getClass().getResourceAsStream("/templates/terms.html").readAllBytes();
    }
}

// a constructor or factory of paths handed the elements of a request collection
class PathReferenceServlet {
    private static final java.util.Set<String> TEMPLATES = java.util.Set.of("offer.pdf", "terms.pdf");

    void files(javax.servlet.http.HttpServletRequest request, Path base) {
        java.util.List<String> names = java.util.Arrays.asList(request.getParameterValues("file"));
        // ruleid: java-path-traversal
        java.util.List<File> files = names.stream().map(File::new).toList();
        // ruleid: java-path-traversal
        names.stream().map(Paths::get).count();
        // ruleid: java-path-traversal
        names.stream().map(base::resolve).count();
        // ok: java-path-traversal
        names.stream().filter(TEMPLATES::contains).map(File::new).count();
        // ok: java-path-traversal
        java.util.List.of("offer.pdf").stream().map(File::new).count();
    }
}

// an allow-list by equality: inside `if (CONSTANT.equals(name))` the name is the constant
@RestController
class TariffFileController {
    private static final String DEFAULT_TARIFF = "tariffs-2026.pdf";

    @GetMapping("/tariffs/file")
    public byte[] tariff(@RequestParam String name) throws Exception {
        if (DEFAULT_TARIFF.equals(name)) {
            // ok: java-path-traversal
            return Files.readAllBytes(Paths.get("/srv/mfo/tariffs", name));
        }
        if ("archive.pdf".equals(name)) {
            // ok: java-path-traversal
            return Files.readAllBytes(new File("/srv/mfo/tariffs/" + name).toPath());
        } else {
            // ruleid: java-path-traversal
            return Files.readAllBytes(new File("/srv/mfo/tariffs/" + name).toPath());
        }
    }
}

// the other shapes of an allow-list: an early exit, a comparison ignoring case, several constants
@RestController
class ContractTemplateController {
    private static final String LOAN_TEMPLATE = "loan-contract.docx";
    private static final String GUARANTEE_TEMPLATE = "guarantee.docx";

    @GetMapping("/templates/file")
    public byte[] template(@RequestParam String name) throws Exception {
        if (!LOAN_TEMPLATE.equals(name)) {
            throw new IllegalArgumentException("unknown template");
        }
        // ok: java-path-traversal
        return Files.readAllBytes(Paths.get("/srv/mfo/templates", name));
    }

    @GetMapping("/templates/any")
    public byte[] any(@RequestParam String name) throws Exception {
        if (LOAN_TEMPLATE.equalsIgnoreCase(name) || GUARANTEE_TEMPLATE.equals(name)) {
            // ok: java-path-traversal
            return Files.readAllBytes(Paths.get("/srv/mfo/templates", name));
        }
        if (!name.equals(GUARANTEE_TEMPLATE)) {
            System.out.println("not the guarantee");
        }
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get("/srv/mfo/templates", name));
    }
}

// a file name sent by a network peer (a socket connection) is request data
class FileDropServer {
    void receive(java.net.ServerSocket server) throws Exception {
        java.net.Socket client = server.accept();
        java.io.DataInputStream in = new java.io.DataInputStream(client.getInputStream());
        String name = in.readUTF();
        // ruleid: java-path-traversal
        File target = new File("/var/spool/drop/" + name);
        // ok: java-path-traversal
        File log = new File("/var/spool/drop/received.log");
    }
}
