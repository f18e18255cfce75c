using System.Reflection;
using System.Runtime.CompilerServices;

namespace Hooks.Testing;

/// <summary>
/// Finds every type of an assembly that holds a secret (a string property named like a secret, token or password),
/// fills it with a known value, and returns the types whose <c>ToString()</c> prints it.
/// </summary>
public static class SecretPrinting
{
    private const string Planted = "PLANTED-SECRET-7f3a";

    private static readonly string[] SecretNames = ["secret", "token", "password", "signingtoken"];

    public static IReadOnlyList<Type> TypesHoldingSecrets(Assembly assembly) =>
        [.. assembly.GetTypes().Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition && !t.IsEnum && !t.IsInterface && SecretProperties(t).Any())];

    /// <summary>The types among <paramref name="types"/> whose text shows the secret planted in them.</summary>
    public static IReadOnlyList<string> Leaks(IEnumerable<Type> types)
    {
        var leaks = new List<string>();
        foreach (var type in types)
        {
            object instance = RuntimeHelpers.GetUninitializedObject(type);
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (property.PropertyType == typeof(string) && property.SetMethod is not null)
                {
                    property.SetValue(instance, SecretProperties(type).Contains(property) ? Planted : "x");
                }
            }

            string? text;
            try
            {
                text = instance.ToString();
            }
            catch (Exception exception) when (exception is NullReferenceException or ArgumentException)
            {
                text = $"ToString() threw {exception.GetType().Name}";
                leaks.Add($"{type.FullName}: {text}");
                continue;
            }

            if (text?.Contains(Planted, StringComparison.Ordinal) == true)
            {
                leaks.Add(type.FullName!);
            }
        }

        return leaks;
    }

    private static IEnumerable<PropertyInfo> SecretProperties(Type type) => type
        .GetProperties(BindingFlags.Instance | BindingFlags.Public)
        .Where(p => p.PropertyType == typeof(string) && p.SetMethod is not null
            && SecretNames.Any(n => p.Name.EndsWith(n, StringComparison.OrdinalIgnoreCase)));
}
