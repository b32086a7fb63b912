using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace VettingService.Tests.Deploy;

/// <summary>
/// The configuration keys the code binds: every options class with a <c>SectionName</c> constant in the service and the
/// libraries it ships, walked property by property (dictionary keys as <c>&lt;name&gt;</c>, list indexes as <c>&lt;n&gt;</c>).
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>Settings read outside the options classes: the data folder, the environment, logging and OpenTelemetry.</summary>
    private static readonly HashSet<string> Outside = new(StringComparer.OrdinalIgnoreCase)
    {
        "VETTING_DATA_DIR", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "DOTNET_NOLOGO",
        "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_SERVICE_NAME", "OTEL_METRIC_EXPORT_INTERVAL",
        "OTEL_RESOURCE_ATTRIBUTES", "Logging:Console:FormatterName", "Vetting:Demo:Enabled",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, Type>> LazyRoots = new(FindRoots);

    /// <summary>Section name → options type.</summary>
    public static IReadOnlyDictionary<string, Type> Roots => LazyRoots.Value;

    /// <summary>Null when the environment variable or key names a setting the code reads (and the value fits); else why not.</summary>
    public static string? Problem(string name, string value)
    {
        var key = name.Replace("__", ":", StringComparison.Ordinal);
        if (Outside.Contains(key))
        {
            return null;
        }

        var segments = key.Split(':');
        foreach (var (section, type) in Roots)
        {
            var sectionSegments = section.Split(':');
            if (segments.Length > sectionSegments.Length &&
                segments.Take(sectionSegments.Length).SequenceEqual(sectionSegments, StringComparer.OrdinalIgnoreCase))
            {
                return Walk(type, segments.Skip(sectionSegments.Length).ToList(), value) is { } problem ? $"{name}: {problem}" : null;
            }
        }

        return $"{name}: no options section of the code starts this key";
    }

    /// <summary>Every leaf key, e.g. <c>Connectors:Zoom:Accounts:&lt;name&gt;:ClientSecret</c>.</summary>
    public static IEnumerable<string> All() =>
        Roots.SelectMany(root => Leaves(root.Value).Select(leaf => root.Key + ":" + leaf)).Order(StringComparer.Ordinal);

    private static string? Walk(Type type, List<string> segments, string value)
    {
        if (IsScalar(type))
        {
            return segments.Count > 0 ? $"'{segments[0]}' goes below a value" : ValueProblem(type, value);
        }

        if (segments.Count == 0)
        {
            return "names a section, not a value";
        }

        if (ElementOf(type) is var (element, isDictionary))
        {
            return !isDictionary && !int.TryParse(segments[0], out _) ? $"'{segments[0]}' is no list index" : Walk(element, segments[1..], value);
        }

        var property = Properties(type).FirstOrDefault(p => string.Equals(KeyOf(p), segments[0], StringComparison.OrdinalIgnoreCase));
        return property is null ? $"{type.Name} has no setting '{segments[0]}'" : Walk(property.PropertyType, segments[1..], value);
    }

    private static string? ValueProblem(Type type, string value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value.StartsWith('<') && value.EndsWith('>'))
        {
            return null; // a placeholder to fill in
        }

        return target.IsEnum && !Enum.TryParse(target, value, ignoreCase: true, out _) ? $"'{value}' is not a {target.Name}" : null;
    }

    private static IEnumerable<string> Leaves(Type type)
    {
        if (IsScalar(type))
        {
            return [""];
        }

        if (ElementOf(type) is var (element, isDictionary))
        {
            var step = isDictionary ? "<name>" : "<n>";
            return Leaves(element).Select(leaf => leaf.Length == 0 ? step : step + ":" + leaf);
        }

        return Properties(type).SelectMany(p => Leaves(p.PropertyType).Select(leaf => leaf.Length == 0 ? KeyOf(p) : KeyOf(p) + ":" + leaf));
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.CanWrite || ElementOf(p.PropertyType) is not null));

    private static string KeyOf(PropertyInfo property) => property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;

    private static bool IsScalar(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsPrimitive || target.IsEnum || target == typeof(string) || target == typeof(decimal) || target == typeof(TimeSpan) ||
               target == typeof(DateTimeOffset) || target == typeof(DateTime) || target == typeof(Uri) || target == typeof(Guid);
    }

    private static (Type Element, bool IsDictionary)? ElementOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        var dictionary = interfaces.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return (dictionary.GetGenericArguments()[1], true);
        }

        var enumerable = interfaces.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is null ? null : (enumerable.GetGenericArguments()[0], false);
    }

    private static Dictionary<string, Type> FindRoots()
    {
        var roots = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        var shipped = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f) is var n && (n == "vetting.dll" || (n.StartsWith("Vetting.", StringComparison.Ordinal) && !n.StartsWith("Vetting.Testing", StringComparison.Ordinal))));
        foreach (var file in shipped)
        {
            var assembly = Assembly.Load(AssemblyName.GetAssemblyName(file));
            foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract))
            {
                if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field &&
                    field.GetRawConstantValue() is string section)
                {
                    roots.Add(section, type);
                }
            }
        }

        return roots;
    }
}
