using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace VettingService.Tests.Deploy;

/// <summary>Reads the deploy YAML files as plain maps, lists and strings (merge keys resolved), and walks them.</summary>
internal static class Yaml
{
    public static IReadOnlyList<object> LoadAll(string path)
    {
        var deserializer = new DeserializerBuilder().Build();
        using var reader = File.OpenText(path);
        var parser = new MergingParser(new Parser(reader));
        parser.Consume<StreamStart>();
        var documents = new List<object>();
        while (parser.Accept<DocumentStart>(out _))
        {
            documents.Add(deserializer.Deserialize<object>(parser) ?? throw new InvalidDataException($"{path}: empty document"));
        }

        return documents;
    }

    public static object Load(string path) => Assert.Single(LoadAll(path));

    /// <summary>The node at <paramref name="path"/> (map keys, or list indexes as numbers); fails the test when missing.</summary>
    public static object At(this object node, params string[] path)
    {
        var current = node;
        foreach (var step in path)
        {
            current = current switch
            {
                IDictionary<object, object> map when map.TryGetValue(step, out var next) => next,
                IList<object> list when int.TryParse(step, out var index) && index < list.Count => list[index],
                _ => throw new Xunit.Sdk.XunitException($"no '{step}' in the YAML path {string.Join('.', path)}"),
            };
        }

        return current;
    }

    public static string Text(this object node, params string[] path) =>
        node.At(path) as string ?? throw new Xunit.Sdk.XunitException($"{string.Join('.', path)} is not a scalar");

    public static IDictionary<object, object> Map(this object node, params string[] path) =>
        node.At(path) as IDictionary<object, object> ?? throw new Xunit.Sdk.XunitException($"{string.Join('.', path)} is not a map");

    public static IList<object> List(this object node, params string[] path) =>
        node.At(path) as IList<object> ?? throw new Xunit.Sdk.XunitException($"{string.Join('.', path)} is not a list");

    public static IReadOnlyList<string> Texts(this object node, params string[] path) => node.List(path).Cast<string>().ToList();

    /// <summary>Map entries as string pairs (environment blocks, ConfigMap data).</summary>
    public static IReadOnlyDictionary<string, string> Strings(this object node, params string[] path) =>
        node.Map(path).ToDictionary(e => (string)e.Key, e => (string)e.Value, StringComparer.Ordinal);
}
