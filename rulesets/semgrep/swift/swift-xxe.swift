import Foundation

func parseStatement(_ data: Data) {
    let parser = XMLParser(data: data)
    // ruleid: swift-xxe
    parser.shouldResolveExternalEntities = true
    // ok: swift-xxe
    parser.shouldProcessNamespaces = true
    parser.parse()
}
