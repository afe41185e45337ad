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

// a Location header written into HttpHeaders / a ResponseEntity, WebFlux redirects, request beans
@RestController
class LoanReturnController {
    private static final String LOCATION_HEADER = "Location";

    @GetMapping("/loans/back")
    public ResponseEntity<Void> back(@RequestParam String next) {
        HttpHeaders headers = new HttpHeaders();
        // ruleid: java-open-redirect
        headers.add("Location", next);
        return new ResponseEntity<>(headers, HttpStatus.FOUND);
    }

    @GetMapping("/loans/back-uri")
    public ResponseEntity<Void> backUri(@RequestParam String next) {
        HttpHeaders headers = new HttpHeaders();
        // ruleid: java-open-redirect
        headers.setLocation(URI.create(next));
        return new ResponseEntity<>(headers, HttpStatus.SEE_OTHER);
    }

    @GetMapping("/loans/back-map")
    public ResponseEntity<?> backMap(@RequestParam String next) {
        MultiValueMap<String, String> headers = new HttpHeaders();
        headers.put(LOCATION_HEADER, new ArrayList<>());
        // ruleid: java-open-redirect
        headers.get(LOCATION_HEADER).add("https://lender.kz" + next);
        return new ResponseEntity<>(headers, HttpStatus.FOUND);
    }

    @GetMapping("/loans/back-builder")
    public ResponseEntity<Void> backBuilder(@RequestParam String next) {
        // ruleid: java-open-redirect
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, next).build();
    }

    @GetMapping("/loans/back-servlet")
    public void backServlet(@RequestParam String next, HttpServletResponse response) {
        response.setStatus(302);
        // ruleid: java-open-redirect
        response.addHeader("Location", next);
    }

    @PostMapping("/loans/back-form")
    public ResponseEntity<Void> backForm(@RequestBody ReturnForm form) {
        // ruleid: java-open-redirect
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(form.getReturnUrl())).build();
    }

    @GetMapping("/loans/back-other-header")
    public ResponseEntity<Void> otherHeader(@RequestParam String next) {
        HttpHeaders headers = new HttpHeaders();
        // ok: java-open-redirect
        headers.add("X-Return-To", next);
        return new ResponseEntity<>(headers, HttpStatus.OK);
    }

    @GetMapping("/loans/back-fixed")
    public ResponseEntity<Void> fixed(@RequestParam String next) {
        HttpHeaders headers = new HttpHeaders();
        // ok: java-open-redirect
        headers.setLocation(URI.create("/loans"));
        return new ResponseEntity<>(headers, HttpStatus.FOUND);
    }

    @GetMapping("/loans/back-encoded")
    public ResponseEntity<Void> encoded(@RequestParam String next) {
        HttpHeaders headers = new HttpHeaders();
        // ok: java-open-redirect
        headers.add(HttpHeaders.LOCATION, "/loans?from=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        return new ResponseEntity<>(headers, HttpStatus.FOUND);
    }
}


@RestController
class LoanCreatedController {
    @PostMapping("/loans")
    public ResponseEntity<Void> create(@RequestBody LoanRequest loan, UriComponentsBuilder ucBuilder) {
        HttpHeaders headers = new HttpHeaders();
        // ok: java-open-redirect
        headers.setLocation(ucBuilder.path("/loans/{id}").buildAndExpand(loan.getId()).toUri());
        return new ResponseEntity<>(headers, HttpStatus.CREATED);
    }
}

@RestController
class LoanPictureController {
    @GetMapping("/loans/picture")
    public ResponseEntity<byte[]> picture(@RequestParam String id) throws Exception {
        // a path on this site: the value can only choose the query
        // ok: java-open-redirect
        return ResponseEntity.status(HttpStatus.NOT_FOUND).location(new URI("/loans/picture?id=" + id)).body(new byte[0]);
    }

    @GetMapping("/loans/root")
    public ResponseEntity<Void> root(@RequestParam String next) {
        // "/" + "/evil.example" is a protocol-relative URL
        // ruleid: java-open-redirect
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/" + next)).build();
    }
}

// sendRedirect handed the elements of a request value
class RedirectReferenceServlet {
    private static final java.util.Set<String> PAGES = java.util.Set.of("/home", "/loans");

    void go(javax.servlet.http.HttpServletRequest request, HttpServletResponse response) {
        // ruleid: java-open-redirect
        java.util.Optional.ofNullable(request.getParameter("next")).ifPresent(response::sendRedirect);
        // ok: java-open-redirect
        java.util.Optional.ofNullable(request.getParameter("next")).filter(PAGES::contains).ifPresent(response::sendRedirect);
    }
}

// an allow-list by equality: inside `if (CONSTANT.equals(next))` the target is the constant
@Controller
class CabinetReturnController {
    private static final String CABINET = "/cabinet/loans";

    @GetMapping("/cabinet/return")
    public void back(@RequestParam String next, HttpServletResponse response) throws Exception {
        if (CABINET.equals(next) || next.startsWith("/")) {
            // ruleid: java-open-redirect
            response.sendRedirect(next);
        }
        if (next.equals(CABINET)) {
            // ok: java-open-redirect
            response.sendRedirect(next);
        } else {
            // ruleid: java-open-redirect
            response.sendRedirect(next);
        }
    }
}

// the other shapes of an allow-list: an early exit, a comparison ignoring case, several constants
@Controller
class CabinetLandingController {
    private static final String CABINET = "/cabinet/loans";
    private static final String SCHEDULE = "/cabinet/schedule";

    @GetMapping("/cabinet/landing")
    public void landing(@RequestParam String next, HttpServletResponse response) throws Exception {
        if (!CABINET.equals(next) && !SCHEDULE.equals(next)) {
            response.sendError(400);
            return;
        }
        // ok: java-open-redirect
        response.sendRedirect(next);
    }

    @GetMapping("/cabinet/landing2")
    public void landing2(@RequestParam String next, @RequestParam String back, HttpServletResponse response) throws Exception {
        if (next.equalsIgnoreCase(SCHEDULE) || next.equals(CABINET)) {
            // ok: java-open-redirect
            response.sendRedirect(next);
        } else {
            // ruleid: java-open-redirect
            response.sendRedirect(next);
        }
        if (!back.equals(next)) {
            return;
        }
        // ruleid: java-open-redirect
        response.sendRedirect(next);
    }
}
