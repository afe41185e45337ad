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
