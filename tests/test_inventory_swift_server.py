"""Server-side Swift (Vapor, SwiftNIO, AWS Lambda functions) is an API, not a mobile app."""

from __future__ import annotations

from pathlib import Path

from aiscan.inventory import build_inventory, detect_components
from aiscan.models import Component


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


_LAMBDA = """import AWSLambdaRuntime
import AWSLambdaEvents
import Foundation

@main
struct RepaymentHook: LambdaHandler {
    func handle(_ event: APIGatewayV2Request, context: LambdaContext) async throws -> APIGatewayV2Response {
        return APIGatewayV2Response(statusCode: .ok)
    }
}
"""

_VAPOR_ROUTES = """import Vapor

func routes(_ app: Application) throws {
    app.get("loans", ":id") { req async throws -> String in
        req.parameters.get("id") ?? ""
    }
}
"""

_IOS_VIEW = """import SwiftUI

struct LoanView: View {
    var body: some View { Text("Loan") }
}
"""


def test_a_swift_file_importing_a_server_framework_is_api(tmp_path: Path) -> None:
    root = _tree(
        tmp_path, {"Sources/Hook/RepaymentHook.swift": _LAMBDA, "Sources/App/routes.swift": _VAPOR_ROUTES}
    )
    assert detect_components(build_inventory(root)) == (Component.API,)


def test_a_swift_file_with_a_ui_framework_stays_mobile(tmp_path: Path) -> None:
    both = "import NIOCore\n" + _IOS_VIEW
    root = _tree(tmp_path, {"App/LoanView.swift": _IOS_VIEW, "App/Socket.swift": both})
    assert detect_components(build_inventory(root)) == (Component.MOBILE,)


def test_plain_swift_without_a_server_import_stays_mobile(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"Sources/Model.swift": "import Foundation\n\nstruct Loan { let amount: Int }\n"})
    assert detect_components(build_inventory(root)) == (Component.MOBILE,)


def test_server_swift_inside_an_ios_project_stays_mobile(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"ios/App/Client.swift": "import NIOCore\n\nlet port = 8080\n"})
    assert detect_components(build_inventory(root)) == (Component.MOBILE,)


_SERVER_PACKAGE = """// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "loan-api",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.89.0"),
    ],
    targets: [.executableTarget(name: "App", dependencies: [.product(name: "Vapor", package: "vapor")])]
)
"""


def test_a_server_package_manifest_is_not_a_mobile_marker(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {"api/Package.swift": _SERVER_PACKAGE, "api/Sources/App/routes.swift": _VAPOR_ROUTES},
    )
    assert detect_components(build_inventory(root)) == (Component.API,)


def test_a_package_manifest_for_an_ios_platform_stays_a_mobile_marker(tmp_path: Path) -> None:
    ios_package = _SERVER_PACKAGE.replace("[.macOS(.v13)]", "[.iOS(.v16), .macOS(.v13)]")
    root = _tree(tmp_path, {"kit/Package.swift": ios_package, "kit/Sources/Kit/Model.swift": "let x = 1\n"})
    assert Component.MOBILE in detect_components(build_inventory(root))
