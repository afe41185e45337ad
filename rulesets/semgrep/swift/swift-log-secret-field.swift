import UIKit

class CardFormVC: UIViewController {
    @IBOutlet weak var cardNumberField: UITextField!
    @IBOutlet weak var pinTextField: UITextField!
    @IBOutlet weak var nameField: UITextField!
    @IBOutlet weak var spinnerField: UITextField!

    func submit() {
        // ruleid: swift-log-secret-field
        NSLog("card: %@", cardNumberField.text ?? "")
        // ruleid: swift-log-secret-field
        print("pin entered \(pinTextField.text!)")
        // ok: swift-log-secret-field
        NSLog("name: %@", nameField.text ?? "")
        // ok: swift-log-secret-field
        print("spinner \(spinnerField.text ?? "")")
        // ok: swift-log-secret-field
        print("card submitted")
    }
}
