import Vapor

func routes(_ app: Application) throws {
    app.post("loans") { req async throws -> HTTPStatus in
        do {
            try await LoanService(req).apply()
        } catch {
            // ruleid: swift-error-details-to-client
            throw Abort(.internalServerError, reason: "\(error)")
        }
        return .created
    }

    app.post("payments") { req async throws -> HTTPStatus in
        do {
            try await PaymentService(req).pay()
        } catch {
            req.logger.report(error: error)
            // ok: swift-error-details-to-client
            throw Abort(.internalServerError, reason: "Платёж не выполнен")
        }
        return .ok
    }
}
