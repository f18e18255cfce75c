namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// One row of an expectation table: what a correct normaliser makes of a fixture, read straight from its JSON (not from
/// our code). <c>-</c> means the payload lacks the value, <c>[]</c> an empty list, <c>""</c> an empty string.
/// </summary>
public sealed record ExpectedEvent(string Folder, string File, string Kind, int Count, IReadOnlyDictionary<string, string> Fields);
