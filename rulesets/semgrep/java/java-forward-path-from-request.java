package kz.mfo.web;

import java.io.IOException;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

public class PageForwardServlet extends HttpServlet {

    private static final String[] PAGES = {"/index.jsp", "/loans.jsp"};

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String page = request.getParameter("page");
        // ruleid: java-forward-path-from-request
        RequestDispatcher dispatcher = getServletContext().getRequestDispatcher(page);
        dispatcher.forward(request, response);

        // ruleid: java-forward-path-from-request
        request.getRequestDispatcher("/WEB-INF/views/" + page).include(request, response);

        // ok: java-forward-path-from-request
        request.getRequestDispatcher("/WEB-INF/views/loans.jsp").forward(request, response);

        int index = Integer.parseInt(request.getParameter("index"));
        // ok: java-forward-path-from-request
        request.getRequestDispatcher(PAGES[index]).forward(request, response);
    }

    @GetMapping("/view")
    public void view(@RequestParam String name, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // ruleid: java-forward-path-from-request
        request.getRequestDispatcher(name).forward(request, response);
    }
}

// getRequestDispatcher handed the elements of a request value
class ForwardReferenceServlet {
    private static final java.util.Set<String> VIEWS = java.util.Set.of("/WEB-INF/home.jsp");

    void go(javax.servlet.http.HttpServletRequest request) {
        // ruleid: java-forward-path-from-request
        java.util.Optional.ofNullable(request.getParameter("view")).map(request::getRequestDispatcher);
        // ok: java-forward-path-from-request
        java.util.Optional.ofNullable(request.getParameter("view")).filter(VIEWS::contains).map(request::getRequestDispatcher);
    }
}
