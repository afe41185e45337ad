package kz.mfo.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.XMLDecoder;
import java.io.InputStream;
import java.io.ObjectInputStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class StateCodec {
    public Object read(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);
        // ruleid: java-unsafe-deserialization
        return ois.readObject();
    }

    public Object readFiltered(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);
        ois.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("kz.mfo.dto.*;!*"));
        // ok: java-unsafe-deserialization
        return ois.readObject();
    }

    public Object readXml(InputStream in) {
        XMLDecoder d = new XMLDecoder(in);
        // ruleid: java-unsafe-deserialization
        return d.readObject();
    }

    public Object yaml(String text) {
        // ruleid: java-unsafe-deserialization
        Object a = new Yaml().load(text);
        // ok: java-unsafe-deserialization
        Object b = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return a.toString() + b;
    }

    public ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        // ruleid: java-unsafe-deserialization
        m.enableDefaultTyping();
        return m;
    }

    public LoanDto json(String text) throws Exception {
        // ok: java-unsafe-deserialization
        return new ObjectMapper().readValue(text, LoanDto.class);
    }
}
