using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>
/// The original's <c>add_mock_options</c> over a platform's data: <c>target_arch</c> → <c>mock.target_arch</c>;
/// <c>module_enable</c> (text or list) → a list without repeats in <c>mock.module_enable</c>; <c>yum_exclude</c> → appended
/// to <c>yum.exclude</c> (space separated); <c>with</c>/<c>without</c> → <c>definitions._with_X = "--with-X"</c>; any object
/// (normally <c>definitions</c>) merged into <c>definitions</c>; other keys ignored.
/// </summary>
public static class MockOptions
{
    public static void Apply(JsonObject data, JsonObject? options)
    {
        if (options is null)
        {
            return;
        }

        var mock = Child(data, "mock");
        var definitions = Child(data, "definitions");
        foreach (var (key, value) in options)
        {
            switch (key, value)
            {
                case ("target_arch", JsonValue target):
                    mock["target_arch"] = target.DeepClone();
                    break;
                case ("module_enable", not null):
                    var modules = Strings(mock["module_enable"]).Concat(Strings(value)).Distinct(StringComparer.Ordinal);
                    mock["module_enable"] = new JsonArray([.. modules.Select(m => (JsonNode?)JsonValue.Create(m))]);
                    break;
                case ("yum_exclude", not null):
                    var yum = Child(data, "yum");
                    var excluded = (yum["exclude"]?.ToString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(Strings(value));
                    yum["exclude"] = string.Join(' ', excluded);
                    break;
                case ("with" or "without", not null):
                    foreach (string option in Strings(value))
                    {
                        definitions[$"_{key}_{option}"] = $"--{key}-{option}";
                    }

                    break;
                case (_, JsonObject merged):
                    foreach (var (name, definition) in merged)
                    {
                        definitions[name] = definition?.DeepClone();
                    }

                    break;
            }
        }
    }

    /// <summary>Secure boot builds install the platform's extra packages in the chroot.</summary>
    public static void ApplySecureBoot(JsonObject data)
    {
        var mock = Child(data, "mock");
        var extra = Strings(mock["secure_boot_additional_packages"]).ToList();
        if (extra.Count > 0)
        {
            mock["chroot_setup_cmd"] = string.Join(' ', new[] { mock["chroot_setup_cmd"]?.ToString() ?? "" }.Concat(extra).Where(s => s.Length > 0));
        }
    }

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject child)
        {
            return child;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(item => item?.ToString() ?? "").Where(s => s.Length > 0),
        JsonValue value when value.ToString() is { Length: > 0 } text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        _ => [],
    };
}
