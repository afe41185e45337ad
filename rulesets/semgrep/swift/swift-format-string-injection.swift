import Alamofire
import Foundation
import UIKit

// Text from outside the app used as the format of String(format:), NSString(format:) or NSLog.
final class RepaymentNoteController: UIViewController {
    @IBOutlet weak var noteField: UITextField!
    @IBOutlet weak var amountField: UITextField!

    func saveNote() {
        // ruleid: swift-format-string-injection
        NSLog(noteField.text!)
        let note = noteField.text ?? ""
        // ruleid: swift-format-string-injection
        let receipt = String(format: note)
        // ok: swift-format-string-injection
        NSLog("%@", noteField.text!)
        // ok: swift-format-string-injection
        let label = String(format: "%@ KZT", amountField.text ?? "")
        // ok: swift-format-string-injection
        let due = String(format: NSLocalizedString("loan.due.days", comment: ""), 14)
        // ok: swift-format-string-injection
        NSLog("Repayment note saved")
        // ok: swift-format-string-injection
        NSLog(note.replacingOccurrences(of: "%", with: "%%"))
        print(receipt, label, due)
    }

    func application(_ app: UIApplication, open url: URL, options: [UIApplication.OpenURLOptionsKey: Any] = [:]) -> Bool {
        let promo = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first?.value ?? ""
        // ruleid: swift-format-string-injection
        let banner = String.localizedStringWithFormat(promo)
        // ok: swift-format-string-injection
        let safe = String.localizedStringWithFormat(NSLocalizedString("promo.applied", comment: ""), promo)
        print(banner, safe)
        return true
    }
}

// A server's response: Alamofire handlers and URLSession data tasks.
final class OfferClient {
    let session: Session = AF

    func loadGreeting(url: URL) {
        AF.request(url).responseString { response in
            // ruleid: swift-format-string-injection
            NSLog(response.value ?? "")
            // ok: swift-format-string-injection
            NSLog("%@", response.value ?? "")
        }
    }

    func loadTemplate(url: URL) {
        session.request(url).validate().responseDecodable(of: Offer.self) { [weak self] response in
            switch response.result {
            case .failure(let error):
                // ok: swift-format-string-injection
                NSLog("offer failed: %@", error.localizedDescription)
            case .success(let offer):
                // ruleid: swift-format-string-injection
                self?.title = String(format: offer.titleTemplate, offer.amount)
            }
        }
    }

    func loadFooter(url: URL) {
        AF.request(url).responseData { response in
            if let body = response.data {
                let footer = String(decoding: body, as: UTF8.self)
                // ruleid: swift-format-string-injection
                let text = NSString(format: footer as NSString)
                print(text)
            }
            // ok: swift-format-string-injection
            let status = String(format: "HTTP %d", response.response?.statusCode ?? 0)
            print(status)
        }
    }

    func loadMessage(url: URL) {
        URLSession.shared.dataTask(with: url) { data, _, _ in
            guard let data = data else { return }
            let message = String(decoding: data, as: UTF8.self)
            // ruleid: swift-format-string-injection
            NSLog(message)
            // ok: swift-format-string-injection
            NSLog("message of %ld bytes", data.count)
        }.resume()
    }

    func loadNotice(url: URL) {
        let task = URLSession.shared.dataTask(with: url) { (data, _, error) in
            guard let data = data, error == nil else { return }
            let notice = String(decoding: data, as: UTF8.self)
            // ruleid: swift-format-string-injection
            let line = String(format: notice)
            // ok: swift-format-string-injection
            let size = String(format: "%ld", data.count)
            print(line, size)
        }
        task.resume()
    }

    var title = ""
}

struct Offer: Decodable {
    let titleTemplate: String
    let amount: Double
}

// URLs the app's own URL loading handlers are asked to load
final class ArchiveLinkProtocol: URLProtocol {
    override class func canInit(with request: URLRequest) -> Bool {
        return request.url?.scheme == "archive"
    }

    override func startLoading() {
        let link = request.url
        let named = link?.path ?? ""
        // ruleid: swift-format-string-injection
        let shown = String(format: named)
        let whole = self.request.url?.absoluteString ?? ""
        // ruleid: swift-format-string-injection
        let shown = String(format: whole)
        // ok: swift-format-string-injection
        let shown = String(format: "%@", named)
    }

    func describe() {
        let kept = request.url?.absoluteString ?? ""
        // ok: swift-format-string-injection
        let shown = String(format: kept)
    }
}

final class BundleSchemeHandler: NSObject, WKURLSchemeHandler {
    func webView(_ webView: WKWebView, start urlSchemeTask: WKURLSchemeTask) {
        let asked = urlSchemeTask.request.url?.path ?? ""
        // ruleid: swift-format-string-injection
        let shown = String(format: asked)
        // ok: swift-format-string-injection
        let shown = String(format: "%@", asked)
    }

    func webView(_ webView: WKWebView, stop urlSchemeTask: any WKURLSchemeTask) {
        // the same task, stopped: its URL was chosen by the page just as well
        let dropped = urlSchemeTask.request.url!.path
        // ruleid: swift-format-string-injection
        let shown = String(format: dropped)
    }

    func webView(_ webView: WKWebView, decidePolicyFor action: WKNavigationAction) {
        let next = action.request.url?.path ?? ""
        // ok: swift-format-string-injection
        let shown = String(format: next)
    }
}
