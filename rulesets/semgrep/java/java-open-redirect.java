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

// Spring binds a handler's parameter without annotation from the request all the same
@Controller
class LoanReturnController {
    @GetMapping("/loans/return")
    public String back(String returnUrl) {
        // ruleid: java-open-redirect
        return "redirect:" + returnUrl;
    }

    @PostMapping("/loans/signed")
    public void signed(HttpServletResponse response, String next) throws Exception {
        // ruleid: java-open-redirect
        response.sendRedirect(next);
    }

    @GetMapping("/loans/return-fixed")
    public String fixed(String returnUrl) {
        // ok: java-open-redirect
        return "redirect:" + "/loans";
    }

    @GetMapping("/loans/return-model")
    public void model(HttpServletResponse response, Model model) throws Exception {
        // ok: java-open-redirect
        response.sendRedirect("/loans/" + model.hashCode());
    }

    // not a handler: no mapping annotation
    public void go(HttpServletResponse response, String target) throws Exception {
        // ok: java-open-redirect
        response.sendRedirect(target);
    }

    @GetMapping("/loans/return-id")
    public String byId(int id) {
        // ok: java-open-redirect
        return "redirect:" + id;
    }
}
