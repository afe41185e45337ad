package com.example.loans.documents;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import org.apache.commons.io.FilenameUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

public class PassportScanStore {

  private final Path inbox = Paths.get("/var/lib/loans/passports");

  @PostMapping("/applications/passport")
  public String upload(@RequestParam("scan") MultipartFile scan, @RequestParam("title") String title)
      throws IOException {
    return save(scan, title, "applicant");
  }

  // the label typed by the applicant becomes the file name one call away from the request
  protected String save(MultipartFile scan, String label, String owner) throws IOException {
    // ruleid: java-upload-name-from-caller
    File target = new File(inbox.toFile(), label);
    scan.transferTo(target);
    return target.getName();
  }

  protected String keepClientName(MultipartFile scan) throws IOException {
    // ruleid: java-upload-name-from-caller
    Path target = inbox.resolve(scan.getOriginalFilename());
    Files.copy(scan.getInputStream(), target);
    return target.toString();
  }

  protected String saveStripped(MultipartFile scan, String label) throws IOException {
    // ok: java-upload-name-from-caller
    File target = new File(inbox.toFile(), FilenameUtils.getName(label));
    scan.transferTo(target);
    return target.getName();
  }

  protected String saveGenerated(MultipartFile scan, String label) throws IOException {
    String stored = UUID.randomUUID() + ".pdf";
    // ok: java-upload-name-from-caller
    File target = new File(inbox.toFile(), stored);
    scan.transferTo(target);
    return label;
  }

  protected String readTemplate(String name) throws IOException {
    // ok: java-upload-name-from-caller
    return Files.readString(inbox.resolve(name));
  }
  protected Path storeChecked(MultipartFile scan) throws IOException {
    // ok: java-upload-name-from-caller
    Path target = inbox.resolve(Paths.get(scan.getOriginalFilename())).normalize().toAbsolutePath();
    if (!target.getParent().equals(inbox.toAbsolutePath())) {
      throw new IOException("outside the inbox");
    }
    Files.copy(scan.getInputStream(), target);
    return target;
  }
}
