import WebKit

final class OfferViewController: UIViewController {
    let webView = WKWebView()
    @IBOutlet weak var nameField: UITextField!

    func greet() {
        let name = nameField.text ?? ""
        // ruleid: swift-webview-injection
        webView.evaluateJavaScript("showGreeting('\(name)')")
        // ok: swift-webview-injection
        webView.callAsyncJavaScript("showGreeting(name)", arguments: ["name": name], in: nil, in: .page)
        // ok: swift-webview-injection
        webView.evaluateJavaScript("refreshOffers()")
    }

    func render() {
        // ruleid: swift-webview-injection
        webView.loadHTMLString("<h1>\(nameField.text!)</h1>", baseURL: nil)
    }
}

// Values from outside the app: a server's response, a push payload, a link the app is opened with.
final class RemoteOfferController: UIViewController {
    let webView = WKWebView()

    func showTerms() throws {
        let terms = try String(contentsOf: URL(string: "https://cdn.mfo-credit.example/terms/latest")!)
        // ruleid: swift-webview-injection
        webView.loadHTMLString("<div>" + terms + "</div>", baseURL: nil)
        let bundled = try String(contentsOf: Bundle.main.url(forResource: "terms", withExtension: "html")!)
        // ok: swift-webview-injection
        webView.loadHTMLString(bundled, baseURL: nil)
    }

    func showBanner(session: URLSession, request: URLRequest) {
        session.dataTask(with: request) { data, response, error in
            guard let data = data else { return }
            let banner = String(decoding: data, as: UTF8.self)
            DispatchQueue.main.async {
                // ruleid: swift-webview-injection
                self.webView.evaluateJavaScript("setBanner('\(banner)')")
            }
        }.resume()
    }

    func showNotice(url: URL) {
        URLSession.shared.dataTask(with: url) { [weak self] data, _, _ in
            guard let data = data, let notice = String(data: data, encoding: .utf8) else { return }
            // ruleid: swift-webview-injection
            self?.webView.loadHTMLString(notice, baseURL: nil)
            // ok: swift-webview-injection
            self?.webView.loadHTMLString("<p>Notice updated</p>", baseURL: nil)
        }.resume()
    }

    func loadSchedule(url: URL) async throws {
        let (body, _) = try await URLSession.shared.data(from: url)
        let schedule = String(data: body, encoding: .utf8) ?? ""
        // ruleid: swift-webview-injection
        webView.evaluateJavaScript("renderSchedule(" + schedule + ")")
        let payload = try JSONEncoder().encode(["schedule": schedule])
        // ok: swift-webview-injection
        webView.evaluateJavaScript("renderSchedule(\(String(decoding: payload, as: UTF8.self)))")
    }

    func application(_ application: UIApplication, didReceiveRemoteNotification userInfo: [AnyHashable: Any], fetchCompletionHandler completionHandler: @escaping (UIBackgroundFetchResult) -> Void) {
        let note = userInfo["reminder"] as? String ?? ""
        // ruleid: swift-webview-injection
        webView.loadHTMLString("<p>\(note)</p>", baseURL: nil)
        // ok: swift-webview-injection
        webView.evaluateJavaScript("showReminderBadge()")
    }

    func application(_ application: UIApplication, didRegisterForRemoteNotificationsWithDeviceToken deviceToken: Data) {
        let token = deviceToken.map { String(format: "%02x", $0) }.joined()
        // ok: swift-webview-injection
        webView.evaluateJavaScript("registerDevice('\(token)')")
    }

    func userNotificationCenter(_ center: UNUserNotificationCenter, didReceive response: UNNotificationResponse, withCompletionHandler completionHandler: @escaping () -> Void) {
        let info = response.notification.request.content.userInfo
        let loanId = info["loan_id"] as? String ?? ""
        // ruleid: swift-webview-injection
        webView.evaluateJavaScript("openLoan('\(loanId)')")
    }

    func scene(_ scene: UIScene, openURLContexts URLContexts: Set<UIOpenURLContext>) {
        for context in URLContexts {
            // ruleid: swift-webview-injection
            webView.evaluateJavaScript("route('\(context.url.absoluteString)')")
        }
    }
}

// Alamofire response handlers.
final class PartnerPageController: UIViewController {
    let webView = WKWebView()

    func showPartnerPage(url: URL) {
        AF.request(url).responseString { [weak self] response in
            // ruleid: swift-webview-injection
            self?.webView.loadHTMLString(response.value ?? "", baseURL: nil)
            // ok: swift-webview-injection
            self?.webView.evaluateJavaScript("hideSpinner()")
        }
    }

    func showRate(url: URL) {
        AF.request(url).responseDecodable(of: RateCard.self) { response in
            switch response.result {
            case .failure:
                // ok: swift-webview-injection
                self.webView.evaluateJavaScript("showRateError()")
            case let .success(card):
                // ruleid: swift-webview-injection
                self.webView.evaluateJavaScript("showRate('\(card.caption)')")
                // ok: swift-webview-injection
                self.webView.evaluateJavaScript("showRatePercent(\(Int(card.percent)))")
            }
        }
    }

    func showPromo(url: URL) {
        let task = URLSession.shared.dataTask(with: url) { [weak self] data, response, error in
            let promo = String(data: data ?? Data(), encoding: .utf8) ?? ""
            DispatchQueue.main.async {
                // ruleid: swift-webview-injection
                self?.webView.loadHTMLString(promo, baseURL: nil)
            }
        }
        task.resume()
    }

    func showOffers(url: URL) {
        Alamofire.request(url).responseJSON { response in
            if let value = response.result.value {
                // ruleid: swift-webview-injection
                self.webView.evaluateJavaScript("renderOffers(\(value))")
            }
            if let offers = response.value as? [String: Any] {
                // ruleid: swift-webview-injection
                self.webView.loadHTMLString("<ul>\(offers)</ul>", baseURL: nil)
            }
        }
    }

    func showStatus(url: URL) {
        AF.request(url).response { response in
            // ok: swift-webview-injection
            self.webView.evaluateJavaScript("setStatus(\(response.response?.statusCode.description.count ?? 0))")
        }
    }
}

struct RateCard: Decodable {
    let caption: String
    let percent: String
}

// URLs the app's own URL loading handlers are asked to load
final class ArchiveLinkProtocol: URLProtocol {
    override class func canInit(with request: URLRequest) -> Bool {
        return request.url?.scheme == "archive"
    }

    override func startLoading() {
        let link = request.url
        let named = link?.path ?? ""
        // ruleid: swift-webview-injection
        shownView.evaluateJavaScript("render('\(named)')")
        let whole = self.request.url?.absoluteString ?? ""
        // ruleid: swift-webview-injection
        shownView.evaluateJavaScript("render('\(whole)')")
        // ok: swift-webview-injection
        shownView.evaluateJavaScript("render()")
    }

    func describe() {
        let kept = request.url?.absoluteString ?? ""
        // ok: swift-webview-injection
        shownView.evaluateJavaScript("render('\(kept)')")
    }
}

final class BundleSchemeHandler: NSObject, WKURLSchemeHandler {
    func webView(_ webView: WKWebView, start urlSchemeTask: WKURLSchemeTask) {
        let asked = urlSchemeTask.request.url?.path ?? ""
        // ruleid: swift-webview-injection
        shownView.evaluateJavaScript("render('\(asked)')")
        // ok: swift-webview-injection
        shownView.evaluateJavaScript("render()")
    }

    func webView(_ webView: WKWebView, stop urlSchemeTask: any WKURLSchemeTask) {
        // the same task, stopped: its URL was chosen by the page just as well
        let dropped = urlSchemeTask.request.url!.path
        // ruleid: swift-webview-injection
        shownView.evaluateJavaScript("render('\(dropped)')")
    }

    func webView(_ webView: WKWebView, decidePolicyFor action: WKNavigationAction) {
        let next = action.request.url?.path ?? ""
        // ok: swift-webview-injection
        shownView.evaluateJavaScript("render('\(next)')")
    }
}
