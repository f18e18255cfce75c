namespace Hooks.Plugins.Badges.Api;

/// <summary>shields.io's endpoint badge schema (https://shields.io/badges/endpoint-badge).</summary>
public sealed record ShieldsEndpoint(int SchemaVersion, string Label, string Message, string Color, int CacheSeconds);
