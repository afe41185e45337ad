package kz.mfo.statements

import java.io.InputStream
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Document

class StatementParser {
    fun parse(input: InputStream): Document {
        // ruleid: kotlin-xxe-parser
        val dbf = DocumentBuilderFactory.newInstance()
        return dbf.newDocumentBuilder().parse(input)
    }

    fun parseSafe(input: InputStream): Document {
        // ok: kotlin-xxe-parser
        val dbf = DocumentBuilderFactory.newInstance()
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
        return dbf.newDocumentBuilder().parse(input)
    }

    fun parseSafe2(input: InputStream): Document {
        // ok: kotlin-xxe-parser
        val dbf = DocumentBuilderFactory.newInstance().apply {
            setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
        }
        return dbf.newDocumentBuilder().parse(input)
    }
}
