import Vapor

func routes(_ app: Application) throws {
    app.get("convert") { req -> String in
        let file = try req.query.get(String.self, at: "file")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // ruleid: swift-command-injection
        p.arguments = ["-c", "soffice --convert-to pdf /data/\(file)"]
        try p.run()

        let q = Process()
        q.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        // ok: swift-command-injection
        q.arguments = ["--convert-to", "pdf", "/data/\(file)"]
        try q.run()
        return "ok"
    }
}

func registerExport(_ app: Application) {
    app.get("export", ":contract") { req -> String in
        guard let contract = req.parameters.get("contract") else { throw Abort(.badRequest) }
        let p = Process()
        // ruleid: swift-command-injection
        p.arguments = ["-c", "wkhtmltopdf http://127.0.0.1/print/\(contract) /tmp/out.pdf"]
        try p.run()
        return "ok"
    }
}
