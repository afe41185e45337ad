package kz.mfo.support;

import io.jsonwebtoken.Jwts;
import java.util.Properties;
import javax.mail.Message;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;
import javax.servlet.http.HttpServletRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.bind.annotation.*;

@RestController
public class SupportController {
    private final JavaMailSender mailSender;
    private final Session session = Session.getInstance(new Properties());

    public SupportController(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @PostMapping("/support")
    public void ask(@RequestParam String topic, @RequestParam String text) throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false);
        // ruleid: java-mail-header-injection
        helper.setSubject("Question: " + topic);
        helper.setText(text);
        mailSender.send(message);
    }

    @PostMapping("/support/plain")
    public void askPlain(HttpServletRequest request) throws Exception {
        String topic = request.getParameter("topic");
        MimeMessage message = new MimeMessage(session);
        // ruleid: java-mail-header-injection
        message.setSubject(topic, "UTF-8");
        // ruleid: java-mail-header-injection
        message.setHeader("X-Loan-Topic", topic);
        // ok: java-mail-header-injection
        message.setHeader("X-Loan-Topic", "support");
        // ok: java-mail-header-injection
        message.setSubject(topic.replaceAll("[\\r\\n]", " "));
        mailSender.send(message);
    }

    @PostMapping("/support/simple")
    public void askSimple(@RequestParam String topic, @RequestParam String branch) {
        SimpleMailMessage mail = new SimpleMailMessage();
        // ruleid: java-mail-header-injection
        mail.setSubject(topic);
        // ok: java-mail-header-injection
        mail.setSubject("Branch " + Integer.parseInt(branch));
        // ok: java-mail-header-injection
        mail.setText(topic);
        mailSender.send(mail);
    }

    @PostMapping("/token")
    public String token(@RequestParam String username) {
        // ok: java-mail-header-injection
        return Jwts.builder().setSubject(username).compact();
    }

    @PostMapping("/events")
    public void event(@RequestParam String kind, org.apache.camel.Exchange exchange) {
        // ok: java-mail-header-injection
        exchange.getMessage().setHeader("kind", kind);
        Object message = exchange.getMessage();
        // ok: java-mail-header-injection
        ((org.apache.camel.Message) message).setHeader("kind", kind);
    }
}
