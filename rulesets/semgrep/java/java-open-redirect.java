package kz.mfo.web;

import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class LoginController {

    @GetMapping("/login/done")
    public void done(@RequestParam String next, HttpServletResponse response) throws Exception {
        // ruleid: java-open-redirect
        response.sendRedirect(next);
    }

    @GetMapping("/login/done2")
    public String done2(@RequestParam String next) {
        // ruleid: java-open-redirect
        return "redirect:" + next;
    }

    @GetMapping("/logout")
    public void logout(HttpServletResponse response) throws Exception {
        // ok: java-open-redirect
        response.sendRedirect("/");
    }

    @GetMapping("/loans/open")
    public String open(@RequestParam Long loanId) {
        // ok: java-open-redirect
        return "redirect:/loans/" + loanId;
    }
}
