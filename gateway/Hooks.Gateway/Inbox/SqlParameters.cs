using System.Data.Common;

namespace Hooks.Gateway.Inbox;

/// <summary>Parameters for the plain ADO.NET commands of both stores.</summary>
internal static class SqlParameters
{
    public static void Add(DbCommand command, string name, object? value) =>
        command.Parameters.Add(Set(command.CreateParameter(), name, value));

    /// <summary>Adds one parameter per value and returns the list for an <c>IN (...)</c>.</summary>
    public static string AddList<T>(DbCommand command, string prefix, IEnumerable<T> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            string name = $"{prefix}{names.Count}";
            Add(command, name, value);
            names.Add("@" + name);
        }

        return string.Join(", ", names);
    }

    public static DbParameter Set(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
