using System.Runtime.Serialization.Formatters.Binary;
using Newtonsoft.Json;

public class CartStore
{
    public object Load(Stream s)
    {
        // ruleid: csharp-insecure-deserialization
        var bf = new BinaryFormatter();
        return bf.Deserialize(s);
    }

    public T FromJson<T>(string json)
    {
        var settings = new JsonSerializerSettings
        {
            // ruleid: csharp-insecure-deserialization
            TypeNameHandling = TypeNameHandling.All
        };
        return JsonConvert.DeserializeObject<T>(json, settings);
    }

    public T FromJsonSafe<T>(string json)
    {
        // ok: csharp-insecure-deserialization
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
        return JsonConvert.DeserializeObject<T>(json, settings);
    }

    public object LoadViewState(string encoded)
    {
        // the type written with its namespace
        // ruleid: csharp-insecure-deserialization
        var formatter = new System.Web.UI.LosFormatter();
        return formatter.Deserialize(encoded);
    }

    public object LoadBinary(Stream s)
    {
        // ruleid: csharp-insecure-deserialization
        return new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter().Deserialize(s);
    }

    public void Serve()
    {
        // .NET remoting that deserializes any type sent to the channel
        var provider = new BinaryServerFormatterSinkProvider();
        // ruleid: csharp-insecure-deserialization
        provider.TypeFilterLevel = TypeFilterLevel.Full;
        var props = new Hashtable();
        // ruleid: csharp-insecure-deserialization
        props["typeFilterLevel"] = TypeFilterLevel.Full;
    }

    public void ServeLow()
    {
        var provider = new BinaryServerFormatterSinkProvider();
        // ok: csharp-insecure-deserialization
        provider.TypeFilterLevel = TypeFilterLevel.Low;
    }

    public object Channel()
    {
        var channel = new TcpChannel();
        // ruleid: csharp-insecure-deserialization
        return channel.CreateMessageSink(null, new Hashtable
        {
            ["typeFilterLevel"] = "Full"
        }, out _);
    }

    public string Label()
    {
        // a string that only names the setting
        // ok: csharp-insecure-deserialization
        return "typeFilterLevel";
    }
}
