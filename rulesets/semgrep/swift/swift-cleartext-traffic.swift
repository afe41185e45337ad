import ProjectDescription

let project = Project(
    name: "MfoApp",
    targets: [
        Target(
            name: "MfoApp",
            platform: .iOS,
            product: .app,
            bundleId: "kz.example.mfo",
            // ruleid: swift-cleartext-traffic
            infoPlist: .extendingDefault(with: ["NSAppTransportSecurity": ["NSAllowsArbitraryLoads": true]]),
            sources: ["Sources/**"]
        ),
    ]
)

enum Endpoints {
    // ruleid: swift-cleartext-traffic
    static let legacy = URL(string: "http://api.example.kz/v1")!
    // ok: swift-cleartext-traffic
    static let api = URL(string: "https://api.example.kz/v1")!
    // ok: swift-cleartext-traffic
    static let dev = URL(string: "http://localhost:8080/v1")!
}
