import CoreData

class AccountStore {
    let container = NSPersistentContainer(name: "Accounts")

    func remember(login: String, password: String) throws {
        let context = container.viewContext
        let account = Account(context: context)
        account.login = login
        // ruleid: swift-core-data-secret
        account.password = password
        try context.save()
    }

    func rememberCard(number: String, helper: CoreDataHelper) {
        let card = Card(context: container.viewContext)
        // ruleid: swift-core-data-secret
        card.cardNumber = number
        helper.saveContext()
    }

    func forget(account: Account) throws {
        // ok: swift-core-data-secret
        account.password = nil
        // ok: swift-core-data-secret
        account.login = "anonymous"
        try container.viewContext.save()
    }

    func formState(field: PasswordField) {
        // ok: swift-core-data-secret
        field.password = "masked"
    }
}
