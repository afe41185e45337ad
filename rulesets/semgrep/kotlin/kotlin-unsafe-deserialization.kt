package kz.mfo.cache

import java.io.InputStream
import java.io.ObjectInputStream
import org.yaml.snakeyaml.LoaderOptions
import org.yaml.snakeyaml.Yaml
import org.yaml.snakeyaml.constructor.Constructor
import org.yaml.snakeyaml.constructor.SafeConstructor

class StateCodec {
    fun read(input: InputStream): Any? {
        val ois = ObjectInputStream(input)
        // ruleid: kotlin-unsafe-deserialization
        return ois.readObject()
    }

    fun readFiltered(input: InputStream): Any? {
        val ois = ObjectInputStream(input)
        ois.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("kz.mfo.dto.*;!*"))
        // ok: kotlin-unsafe-deserialization
        return ois.readObject()
    }

    fun yaml(text: String): Any? {
        // ruleid: kotlin-unsafe-deserialization
        val a: Any? = Yaml().load(text)
        // ok: kotlin-unsafe-deserialization
        val b: Any? = Yaml(SafeConstructor(LoaderOptions())).load(text)
        return listOf(a, b)
    }

    fun yamlHeld(text: String): Any? {
        val parser = Yaml()
        // ruleid: kotlin-unsafe-deserialization
        val settings = parser.load<Map<String, Any>>(text)
        val safe = Yaml(SafeConstructor(LoaderOptions()))
        // ok: kotlin-unsafe-deserialization
        val plain = safe.load<Map<String, Any>>(text)
        return listOf(settings, plain)
    }

    fun yamlAnyType(text: String): Any? {
        val loader = Yaml(Constructor(Any::class.java, LoaderOptions()))
        // ruleid: kotlin-unsafe-deserialization
        return loader.loadAs(text, Any::class.java)
    }
}

// a nullable receiver: a safe call (`?.`) is a pattern of its own

class NullableStreams {
    fun restore(input: InputStream, mapper: ObjectMapper?) {
        val ois: ObjectInputStream? = ObjectInputStream(input)
        // ruleid: kotlin-unsafe-deserialization
        val value = ois?.readObject()
        // ok: kotlin-unsafe-deserialization
        val n = ois?.readInt()
        // ruleid: kotlin-unsafe-deserialization
        mapper?.enableDefaultTyping()
    }
}
