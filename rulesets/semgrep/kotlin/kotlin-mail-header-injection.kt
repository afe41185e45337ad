package kz.mfo.support

import io.jsonwebtoken.Jwts
import javax.mail.internet.MimeMessage
import javax.servlet.http.HttpServletRequest
import org.springframework.mail.SimpleMailMessage
import org.springframework.mail.javamail.JavaMailSender
import org.springframework.mail.javamail.MimeMessageHelper
import org.springframework.web.bind.annotation.*

@RestController
class SupportController(private val mailSender: JavaMailSender) {

    @PostMapping("/support")
    fun ask(@RequestParam topic: String, @RequestParam text: String) {
        val message = mailSender.createMimeMessage()
        val helper = MimeMessageHelper(message, false)
        // ruleid: kotlin-mail-header-injection
        helper.setSubject("Question: $topic")
        helper.setText(text)
        mailSender.send(message)
    }

    @PostMapping("/support/plain")
    fun askPlain(request: HttpServletRequest) {
        val topic = request.getParameter("topic")
        val message: MimeMessage = mailSender.createMimeMessage()
        // ruleid: kotlin-mail-header-injection
        message.setSubject(topic, "UTF-8")
        // ruleid: kotlin-mail-header-injection
        message.setHeader("X-Loan-Topic", "${topic}")
        // ok: kotlin-mail-header-injection
        message.setHeader("X-Loan-Topic", "support")
        // ok: kotlin-mail-header-injection
        message.setSubject(topic.replace(Regex("[\\r\\n]"), " "))
        mailSender.send(message)
    }

    @PostMapping("/support/simple")
    fun askSimple(@RequestParam topic: String?, @RequestParam branch: String) {
        val mail = SimpleMailMessage()
        // ruleid: kotlin-mail-header-injection
        mail.subject = topic
        // ruleid: kotlin-mail-header-injection
        mail.setSubject(topic!!)
        // ok: kotlin-mail-header-injection
        mail.setSubject("Branch " + branch.toInt())
        // ok: kotlin-mail-header-injection
        mail.text = topic
        mailSender.send(mail)
    }

    @PostMapping("/token")
    fun token(@RequestParam username: String): String =
        // ok: kotlin-mail-header-injection
        Jwts.builder().setSubject(username).compact()

    @PostMapping("/events")
    fun event(@RequestParam kind: String, exchange: org.apache.camel.Exchange) {
        val message = exchange.message
        // ok: kotlin-mail-header-injection
        message.setHeader("kind", kind)
    }
}
