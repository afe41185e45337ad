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
}
